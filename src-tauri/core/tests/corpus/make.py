#!/usr/bin/env python3
"""Writes the hostile-file corpus beside this script: files a careless or hostile sender could
hand Mandat, each fed to every reader by tests/hostile_files.rs (the PDF verifier, the
`.mandat` reader, the register's CSV importer, the signing-key importer). Committed as files
so the corpus is the same on every machine; this script only remakes it (`python3 make.py`)."""

import json
import pathlib

here = pathlib.Path(__file__).parent
magic = b"MANDAT-EXPORT/1\n"


def header(**key):
    k = {"version": 1, "kdf": "argon2id", "memory_kib": 65536, "iterations": 3,
         "parallelism": 1, "salt": "00" * 16, "check": "00" * 32}
    k.update(key)
    return json.dumps({"key": k, "nonce": "00" * 24}).encode()


files = {
    "empty.bin": b"",
    "zeros.bin": bytes(1024),
    "text-utf16.txt": "Nom\n\u00e9t\u00e9".encode("utf-16"),
    # PDFs: a header and nothing else; signature dictionaries whose ranges point anywhere.
    "pdf-header-only.pdf": b"%PDF-1.7\n%%EOF\n",
    "pdf-byterange-huge.pdf": b"%PDF-1.7\n1 0 obj <</ByteRange [0 18446744073709551615 9 9] "
    b"/Contents <3082>>> endobj\n%%EOF\n",
    "pdf-byterange-negative.pdf": b"%PDF-1.7\n1 0 obj <</ByteRange [-5 10 -1 -1] "
    b"/Contents <00>>> endobj\n%%EOF\n",
    "pdf-byterange-unclosed.pdf": b"%PDF-1.7\n1 0 obj <</ByteRange [0 10 20 " + b"9" * 4000,
    "pdf-many-signatures.pdf": b"%PDF-1.7\n"
    + b"".join(b"<</ByteRange [0 9 20 5] /Contents <3080>>>\n" for _ in range(40))
    + b"%%EOF\n",
    "pdf-manifest-bad-hex.pdf": b"%PDF-1.7\n<</MandatManifest <zz41 42>>>\n%%EOF\n",
    "pdf-manifest-not-json.pdf": b"%PDF-1.7\n<</MandatManifest <7b7b7b7b>>>\n%%EOF\n",
    # Mission files: no header end, a header that is not JSON, key parameters that would take
    # gigabytes, a bad nonce, a sealed part cut short.
    "mandat-no-header-end.mandat": magic + b"{" * 5000,
    "mandat-header-not-json.mandat": magic + b"not json\n" + bytes(64),
    "mandat-argon-huge.mandat": magic + header(memory_kib=1048576, iterations=10) + b"\n" + bytes(64),
    "mandat-argon-zero.mandat": magic + header(memory_kib=0, parallelism=0) + b"\n" + bytes(64),
    "mandat-bad-nonce.mandat": magic + json.dumps({"key": json.loads(header())["key"],
                                                     "nonce": "zz"}).encode() + b"\n" + bytes(64),
    "mandat-cut-short.mandat": magic + header() + b"\n" + bytes(3),
    # Spreadsheets: a BOM and nothing else, an unclosed quote, Latin-1 bytes, formulas, a NUL
    # in a cell, ten thousand columns.
    "csv-bom-only.csv": b"\xef\xbb\xbf",
    "csv-unclosed-quote.csv": b'Nom,Groupe\n"Karim,infra\nA,infra\n',
    "csv-latin1.csv": "Nom;Groupe\nH\u00e9l\u00e8ne;direction\n".encode("latin-1"),
    "csv-formulas.csv": b"Nom,Groupe,T\xc3\xa9l\xc3\xa9phone\n=cmd|' /C calc'!A0,infra,+33 6\n"
    b"@SUM(1+1),applications,-1\n",
    "csv-nul-in-cell.csv": b"Nom,Groupe\nKa\x00rim,infra\n",
    "csv-wide.csv": (",".join(f"c{i}" for i in range(10000)) + "\n").encode(),
    # Signing keys: not PKCS#12 at all, and a DER sequence that claims more than it holds.
    "p12-garbage.p12": b"not a key file",
    "p12-der-truncated.p12": b"\x30\x82\xff\xff\x02\x01\x03",
}

for name, data in files.items():
    (here / name).write_bytes(data)
