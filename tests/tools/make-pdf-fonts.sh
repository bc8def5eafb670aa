#!/usr/bin/env bash
# Makes the two PDF fonts in src/report/pdf/fonts/ from Debian's Liberation Sans 2 (SIL OFL 1.1):
# a Latin subset (the ranges in src/report/pdf/font-coverage.ts) renamed "PGA Sans", because the OFL
# reserves the name "Liberation" for unmodified fonts. Needs: apt-get install fonts-liberation2 fonttools
set -euo pipefail
cd "$(dirname "$0")/../.."
SRC=/usr/share/fonts/truetype/liberation2
OUT=src/report/pdf/fonts
UNICODES="U+0020-007E,U+00A0-017F,U+0192,U+0218-021B,U+02C6-02C7,U+02D8-02DD,U+2010-2027,U+2030,U+2032-2033,U+2039-203A,U+20AC,U+2116,U+2122,U+2190-2195,U+2212,U+2264-2265,U+25A1,U+25B2,U+25BC"
for weight in Regular Bold; do
  lower=$(echo "$weight" | tr '[:upper:]' '[:lower:]')
  pyftsubset "$SRC/LiberationSans-$weight.ttf" --unicodes="$UNICODES" --layout-features='kern,liga' \
    --no-hinting --desubroutinize --name-IDs='*' --output-file="$OUT/pga-sans-$lower.ttf"
  /usr/bin/python3 - "$OUT/pga-sans-$lower.ttf" "$weight" <<'PY'
import sys
from fontTools.ttLib import TTFont
path, weight = sys.argv[1], sys.argv[2]
font = TTFont(path)
for record in font['name'].names:
    if record.nameID in (1, 4, 6, 16, 17, 3):
        text = {1: 'PGA Sans', 16: 'PGA Sans', 17: weight, 4: f'PGA Sans {weight}', 6: f'PGASans-{weight}',
                3: f'PGA Sans {weight} (subset of Liberation Sans 2.1.5)'}[record.nameID]
        record.string = text
font.save(path)
PY
done
ls -l "$OUT"
