"""Save a JSON string literal (from stdin) verbatim as a UTF-8 text file."""
import json, sys, pathlib
raw = sys.stdin.read().strip()
text = json.loads(raw)
if not isinstance(text, str):
    sys.exit("stdin must be ONE JSON string literal")
p = pathlib.Path(sys.argv[1]); p.parent.mkdir(parents=True, exist_ok=True)
p.write_text(text, encoding="utf-8")
print(f"saved {p} ({len(text)} chars)")
