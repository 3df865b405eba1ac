"""Is URL new? Checks every SOURCES table of the project and this collection's tsv files."""
import re, sys, pathlib
def norm(u):
    u = u.strip().lower()
    u = re.sub(r'^[a-z]+://', '', u); u = re.sub(r'^www\.', '', u)
    return u.rstrip('/')
target = norm(sys.argv[1])
files = list(pathlib.Path('/work/main/data').rglob('SOURCES*.md')) + list(pathlib.Path('/work/shared').rglob('*.md')) \
      + list(pathlib.Path('/work/corpus47/tools_tmp').glob('sources_*.tsv'))
hits = []
for f in files:
    for line in f.read_text(encoding='utf-8', errors='replace').splitlines():
        for u in re.findall(r'https?://[^\s|)>\]]+', line):
            if norm(u) == target:
                hits.append(str(f))
        # whole cells too: a URL with brackets in it ("(1944)/328") is cut by the pattern above
        for cell in line.split('\t' if f.suffix == '.tsv' else '|'):
            if True:
                if cell.strip() and norm(cell) == target:
                    hits.append(str(f))
print('new' if not hits else 'SEEN in ' + ', '.join(sorted(set(hits))))
