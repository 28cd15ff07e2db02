// Runs the peer libraries on the bench texts and prints one JSON object:
//   node run.mjs --corpus FILE.jsonl --docs N [--ner FILE.jsonl --ner-out FILE.jsonl]
// compromise finds people, places and organisations; wink-nlp splits tokens and sentences. With --ner, compromise's
// entities for each CoNLL-2003 test document are written to --ner-out (offsets into the same text) for the bench to score.
import { readFileSync, writeFileSync } from 'node:fs';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const readJsonLines = (file) => readFileSync(file, 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line));

const limit = Number(option('--docs', '2000'));
const texts = readJsonLines(option('--corpus', '../out/corpus-10000.jsonl')).slice(0, limit).map((d) => d.text);
const words = texts.reduce((sum, text) => sum + text.split(/\s+/).filter(Boolean).length, 0);

function entities(text) {
  const doc = nlp(text);
  const found = [];
  for (const [type, view] of [['PER', doc.people()], ['LOC', doc.places()], ['ORG', doc.organizations()]]) {
    for (const match of view.json({ offset: true })) {
      found.push({ start: match.offset.start, end: match.offset.start + match.offset.length, type });
    }
  }
  return found;
}

function timed(run) {
  run(texts.slice(0, 20)); // warm-up
  const started = process.hrtime.bigint();
  const counts = run(texts);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { documents: texts.length, words, seconds, documents_per_second: texts.length / seconds, words_per_second: words / seconds, ...counts };
}

const compromise = timed((batch) => ({ entities: batch.reduce((sum, text) => sum + entities(text).length, 0) }));
const wink = winkNLP(model);
const winkTimes = timed((batch) => {
  let tokens = 0;
  let sentences = 0;
  for (const text of batch) {
    const doc = wink.readDoc(text);
    tokens += doc.tokens().length();
    sentences += doc.sentences().length();
  }
  return { tokens, sentences };
});

const nerInput = option('--ner', null);
if (nerInput) {
  const predictions = readJsonLines(nerInput).map((d) => JSON.stringify({ id: d.id, entities: entities(d.text) }));
  writeFileSync(option('--ner-out', '../out/compromise-ner.jsonl'), predictions.join('\n') + '\n');
}

console.log(JSON.stringify({ node: process.version, compromise: compromise, wink_nlp: winkTimes }));
