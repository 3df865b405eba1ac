"""8-word shingle overlap of one candidate against every text already collected."""
import re, sys, pathlib
def shingles(t, n=8):
    w = re.findall(r'\w+', t.lower())
    return {' '.join(w[i:i+n]) for i in range(max(0, len(w)-n+1))}
cand = pathlib.Path(sys.argv[1]); cs = shingles(cand.read_text(encoding='utf-8'))
roots = [pathlib.Path('/work/main/data'), pathlib.Path('/work/shared'), pathlib.Path('/work/corpus47/raw')]
hits = []
for r in roots:
    for f in r.rglob('*.txt'):
        if f.resolve() == cand.resolve() or 'collection' in f.parts: continue
        try: s = shingles(f.read_text(encoding='utf-8', errors='replace'))
        except Exception: continue
        k = len(cs & s)
        if k >= 3:
            hits.append((k, f))
hits.sort(reverse=True)
if not hits: print('no hits (%d shingles)' % len(cs))
for k, f in hits[:10]:
    print(f'HIT {k}/{len(cs)} shared shingles: {f}')
