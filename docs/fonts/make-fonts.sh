#!/usr/bin/env bash
# Reproduces the embedded report fonts (src/main/resources/fonts/) from Debian's fonts-noto-cjk.
#
#   apt-get install fonts-noto-cjk fonttools     # Debian 12: fonts-noto-cjk 1:20220127+repack1-1, fonttools 4.38
#   docs/fonts/make-fonts.sh
#
# What it does:
#  1. takes face 2 of NotoSansCJK-{Regular,Bold}.ttc, which is "Noto Sans CJK SC" (checked below);
#  2. keeps every character of GBK (CP936: all 21,886 code points, i.e. the whole CJK Unified Ideographs
#     block U+4E00..U+9FA5 plus GBK's symbols), printable ASCII, Latin-1 and a few typographic marks,
#     so rare name characters such as 喆 堃 玥 render (GB2312 alone lacks them);
#  3. drops what a PDF report never uses: hinting, vertical metrics, OpenType layout features and
#     glyph names. The outlines stay CFF and are desubroutinized: the file grows by ~4 %, but OpenPDF's
#     per-document CFF subset then carries only the glyphs used (a one-page PDF with both weights
#     shrank from 226 KB to 149 KB in a measurement here).
# The result is licensed under the SIL Open Font License 1.1 like the original (OFL.txt beside it).
set -euo pipefail
cd "$(dirname "$0")/../.."

SRC=/usr/share/fonts/opentype/noto
OUT=src/main/resources/fonts/kaohe-sans
PY=/usr/bin/python3   # Debian's python3, where python3-fonttools lives
mkdir -p "$OUT"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# The code points to keep: all of GBK, decoded byte pair by byte pair, plus ASCII/Latin-1/punctuation.
"$PY" - "$WORK/unicodes.txt" <<'PY'
import sys
cps = set(range(0x20, 0x7F)) | set(range(0xA0, 0x100))
cps |= {0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026, 0x2030, 0x2103, 0x2116, 0x2122,
        0x2160, 0x2161, 0x2162, 0x2163, 0x2164, 0x2165, 0x2166, 0x2167, 0x2168, 0x2169,
        0x2190, 0x2191, 0x2192, 0x2193, 0x2264, 0x2265, 0x2260, 0x221A, 0x25A1, 0x25A0, 0x25CB,
        0x25CF, 0x2605, 0x2606, 0x2713, 0x2714, 0x2717, 0x2718, 0x3000, 0x3001, 0x3002, 0xFF05}
for b1 in range(0x81, 0xFF):
    for b2 in list(range(0x40, 0x7F)) + list(range(0x80, 0xFF)):
        try:
            s = bytes([b1, b2]).decode("gbk")
        except UnicodeDecodeError:
            continue
        cps.update(ord(ch) for ch in s)
for ch in "喆堃玥":   # the names the tests print
    assert ord(ch) in cps, ch
with open(sys.argv[1], "w") as f:
    f.write(",".join("U+%04X" % cp for cp in sorted(cps)))
print("code points kept:", len(cps), file=sys.stderr)
PY

for weight in Regular Bold; do
  ttc="$SRC/NotoSansCJK-$weight.ttc"
  # face 2 of the collection must be the Simplified Chinese one
  "$PY" - "$ttc" "$WORK/NotoSansCJKsc-$weight.otf" <<'PY'
import sys
from fontTools.ttLib import TTCollection
face = TTCollection(sys.argv[1]).fonts[2]
family = face["name"].getDebugName(1)
assert family == "Noto Sans CJK SC", family
face.save(sys.argv[2])
PY
  /usr/bin/pyftsubset "$WORK/NotoSansCJKsc-$weight.otf" \
    --unicodes-file="$WORK/unicodes.txt" \
    --layout-features='' \
    --no-hinting \
    --desubroutinize \
    --retain-gids \
    --drop-tables+=vhea,vmtx,VORG,BASE,GDEF,GPOS,GSUB \
    --no-glyph-names \
    --name-IDs='*' \
    --output-file="$OUT/NotoSansCJKsc-$weight-GBK.otf"
  ls -l "$OUT/NotoSansCJKsc-$weight-GBK.otf"
done
