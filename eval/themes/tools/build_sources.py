#!/usr/bin/env python3
"""Builds eval/themes/sources.jsonl: labelled passages from sources other than the two corpus PDFs and NorQuAD,
for the leave-one-source-out evaluation (GUIDELINES.md, "Other sources").

- The project's own authored fixtures (tests/Ingest.Tests/**/Fixtures/*.html), cut by cut_fixtures.py and labelled in
  fixture_labels.txt; grouped into four origins by the body whose form they imitate. Near-duplicates (word-set Jaccard
  >= 0.6 with a passage kept earlier: the extraction fixtures repeat one newsletter) are kept once.
- Papers written in the forms of a hospital-trust board, a municipal committee and an administration
  (documents/*.txt, `tags | text` per line, header `# origin: ...`), one origin each.

Run from the repository root: python3 eval/themes/tools/build_sources.py"""
import glob, json, re, subprocess, sys

AB = {'pm': 'persontilpasset-medisin', 'hd': 'helsedata', 'ks': 'kliniske-studier', 'in': 'innovasjon-naering',
      'an': 'anskaffelser', 'fh': 'folkehelse', 'hp': 'helsepersonell-kompetanse', 'di': 'digitalisering',
      'bf': 'baerekraft-finansiering', 'ej': 'etikk-juss', 'om': 'organisering-mandat', 'ko': 'kommunikasjon',
      'mb': 'motebehandling'}
ORDER = list(AB.values())
TOOLS = 'eval/themes/tools'

# The fixtures in other bodies' forms (Structure/Fixtures/anyform), grouped by the kind of body that writes them.
ANYFORM = {'motebok-formannskapet': 'fixtures:kommune', 'motebok-helse-omsorgsutvalget': 'fixtures:kommune',
           'protokoll-eldreradet': 'fixtures:kommune', 'protokoll-kommunestyret': 'fixtures:kommune',
           'protokoll-styremote-helse-nord': 'fixtures:helseforetak-styre', 'protokoll-styremote-sykehuspartner': 'fixtures:helseforetak-styre',
           'protokoll-styret-helse-sor-ost': 'fixtures:helseforetak-styre', 'orienteringssak-arbeidsgruppen': 'fixtures:arbeidsgrupper-foreninger',
           'referat-arbeidsgruppe': 'fixtures:arbeidsgrupper-foreninger', 'referat-arsmote-pasientforeningen': 'fixtures:arbeidsgrupper-foreninger'}

# The later structure fixtures (Structure/Fixtures/heldout3 … heldout6, tables), grouped the same way: one source per kind
# of body, none shared with the origins above, so each is a new source for the leave-one-source-out evaluation.
LATER = {'protokoll-formannskapet-solvik': 'fixtures:kommunestyre-formannskap', 'protokoll-kommunestyret-kvalvik': 'fixtures:kommunestyre-formannskap',
         'innkalling-kommunestyret-nordvag': 'fixtures:kommunestyre-formannskap', 'protokoll-kommunestyret-fjordheim': 'fixtures:kommunestyre-formannskap',
         'referat-radet-funksjonsnedsettelse': 'fixtures:kommunale-utvalg', 'motebok-utval-helse-omsorg': 'fixtures:kommunale-utvalg',
         'moteprotokoll-kontrollutvalget': 'fixtures:kommunale-utvalg', 'innkalling-kontrollutvalget': 'fixtures:kommunale-utvalg',
         'protokoll-styret-sykehuset-fjordbyen': 'fixtures:helseforetak-2', 'protokoll-styremote-helse-kystland': 'fixtures:helseforetak-2',
         'styresak-helse-fjellheim': 'fixtures:helseforetak-2', 'referat-brukerutvalget-sykehuset': 'fixtures:helseforetak-2',
         'rammetabell-tett': 'fixtures:helseforetak-2', 'strategi-digital-samhandling': 'fixtures:helseforetak-2',
         'innkalling-styremote-vestkyst-legevakt': 'fixtures:samhandling', 'brev-fjordvik-kommune': 'fixtures:samhandling',
         'rapport-evaluering-legevaktsamarbeid': 'fixtures:samhandling', 'referat-styringsgruppe-helsefellesskapet': 'fixtures:samhandling',
         'samarbeidsavtale-fjordvik': 'fixtures:samhandling',
         'protokoll-styremote-hjertelaget': 'fixtures:foreninger-2', 'referat-styremote-borettslag': 'fixtures:foreninger-2',
         'motebok-styremote-parorendeforbundet': 'fixtures:foreninger-2', 'protokoll-arsmote-seniorforbundet': 'fixtures:foreninger-2',
         'protokoll-styremote-kystkulturlaget': 'fixtures:foreninger-2'}

def fixture_origin(name, source=''):
    if '/anyform/' in source:
        return next(origin for prefix, origin in ANYFORM.items() if name.startswith(prefix))
    if '/heldout' in source or '/tables/' in source:
        return next(origin for prefix, origin in LATER.items() if name.startswith(prefix))
    if name.startswith('ho21-') or name.startswith('saksframlegg-ho21') or name.startswith('saksframlegg-rammetabell'):
        return 'fixtures:ho21'
    if 'fagdirektormote' in name:
        return 'fixtures:fagdirektormote'
    if name.startswith(('referat-', 'regionalt-', 'nynorsk-', 'saksframlegg-')):
        return 'fixtures:regionale-rad'
    return 'fixtures:norprem-nettverk'

def tags(field):
    field = field.strip()
    return [] if field == '-' else sorted((AB[t] for t in field.split()), key=ORDER.index)

def words(text):
    return set(re.findall(r'\w+', text.lower()))

def main():
    labels = {}
    for line in open(f'{TOOLS}/fixture_labels.txt', encoding='utf-8'):
        if line.strip() and not line.startswith('#'):
            pid, _, field = line.strip().partition(' ')
            labels[pid] = tags(field)
    cut = subprocess.run([sys.executable, f'{TOOLS}/cut_fixtures.py'], capture_output=True, text=True, check=True).stdout
    items, kept, unlabelled = [], [], set()
    labelled_files = {pid.rsplit('-', 1)[0] for pid in labels}
    for line in cut.splitlines():
        pid, source, text = line.split('\t')
        if pid.rsplit('-', 1)[0] not in labelled_files:
            unlabelled.add(source.split('#')[0])  # a fixture added after labelling: not used until labelled
            continue
        if pid not in labels:
            sys.exit(f'no label for {pid}')
        w = words(text)
        if any(len(w & k) / len(w | k) >= 0.6 for k in kept):
            continue
        kept.append(w)
        name = source.split('/')[-1].split('.html')[0]
        items.append(dict(id=pid, text=text, themes=labels[pid], source=source, group='fx-' + name, origin=fixture_origin(name, source)))
    for path in sorted(glob.glob(f'{TOOLS}/documents/*.txt')):
        origin, doc = None, path.split('/')[-1][:-4]
        k = 0
        for line in open(path, encoding='utf-8'):
            line = line.rstrip('\n')
            if line.startswith('# origin:'):
                origin = line.split(':', 1)[1].strip()
            if not line.strip() or line.startswith('#'):
                continue
            field, _, text = line.partition(' | ')
            items.append(dict(id=f'{doc}-{k:02d}', text=text.strip(), themes=tags(field),
                              source=f'{path}#{k}', group=f'{doc}#{k // 4}', origin=origin))
            k += 1
    with open('eval/themes/sources.jsonl', 'w', encoding='utf-8') as out:
        for it in items:
            out.write(json.dumps(it, ensure_ascii=False) + '\n')
    print(f'{len(items)} passages', file=sys.stderr)
    for path in sorted(unlabelled):
        print(f'not labelled yet, left out: {path}', file=sys.stderr)

if __name__ == '__main__':
    main()
