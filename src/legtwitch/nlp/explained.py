"""A red flag the same sentence puts down to an ordinary cause (docs/nlp.md, round 6).

"I was slurring after 6 pints", "been coughing when I eat because of my reflux", "out of breath
after my 10k", "my wee was dark yellow, I was so dehydrated", "my legs look thinner since I lost
2 stone": the words of a red flag are there, but the sentence names the everyday reason for them,
so they are not the new, unexplained symptom the flag means. lay.yaml `explained_by` lists, per
red flag, the causes that explain it (alcohol for slurring, confusion and blacking out; reflux or
a cold for coughing; running or sport for breathlessness; yellow for dark wee; weight loss for
thinner legs) and the words that keep it even so (`unless`: breathless lying flat or walking,
brown or cola-coloured wee, one side thinner than the other).

A sentence set in the past (lay.yaml `past_frame`: "Twenty years ago I had kidney stones and my
wee was brown for a day", "After my op 10 years ago I had trouble peeing") sets aside every red
flag in it, past the clause breaks that end ConText's own HISTORICAL scope; not when it also
brings the words to now ("since", "still", "now", "again", "every").

Round 7B: a known local cause (`local`: a tooth just out for blood in the spit) explains it even
with an `unless` word; a lasting trait (lay.yaml `lasting_frame`: "always has been", "since
school", "all my life") sets aside the red flags of its sentence unless it also speaks of a change;
and a phrase of `other_meanings` that shares words with the match ("blackout blinds", "a fit of
the giggles", "tripped the fuse") is another meaning of them. Round 7C: an `unless` word right
after a negation keeps nothing ("the nettle rash went up both shins, itchy not numb"). Round 10A:
nor does one in another clause, next to a twitch or cramp (`explained_elsewhere`: "slurring by
the end (10 pints), and since Sunday my calves keep twitching": "keep" is the twitching's).

Such a mention is set aside, never made absent: the interview still asks every red flag.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from legtwitch.nlp.lexicon import lay
from legtwitch.nlp.phrases import compile_phrase

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import Matcher
    from spacy.tokens import Span, Token

_SENTENCE_END = frozenset({".", "!", "?"})
# an `unless` word right after one of these is denied ("itchy, not numb"), so it keeps nothing
_NEGATIONS = frozenset({"not", "no", "never", "n't", "nt", "without"})
_MATCHERS: dict[tuple[int, str], Matcher] = {}
OTHER_MEANING = "another meaning of the words"
_FRAMES = ""  # the matcher of the sentence frames (past, lasting), shared by every red flag


def _matcher(nlp: Language, fid: str) -> Matcher:
    """The phrases about the finding `fid` (causes, unless, local, other meanings), or with
    `_FRAMES` the sentence frames: one small matcher each, so a sentence is matched only against
    the phrases of the red flags it names."""
    key = (id(nlp), fid)
    if key not in _MATCHERS:
        from spacy.matcher import Matcher

        def tokenize(text: str) -> list[str]:
            return [t.text for t in nlp.tokenizer(text)]

        matcher = Matcher(nlp.vocab)
        for kind, phrases in _phrases(fid):
            for phrase in phrases:
                matcher.add(kind, compile_phrase(phrase, tokenize, lay().slots))
        _MATCHERS[key] = matcher
    return _MATCHERS[key]


def _phrases(fid: str) -> list[tuple[str, tuple[str, ...]]]:
    if fid == _FRAMES:
        frame, lasting = lay().past_frame, lay().lasting_frame
        out = [("PAST", frame.past), ("NOW", frame.now)] if frame else []
        return out + ([("LASTING", lasting.lasting), ("CHANGE", lasting.unless)] if lasting else [])
    out = [(f"MEANING:{fid}", lay().other_meanings.get(fid, ()))]
    spec = lay().explained_by.get(fid)
    if spec is not None:
        out += [(f"CAUSE:{fid}", spec.causes), (f"UNLESS:{fid}", spec.unless)]
        out += [(f"LOCAL:{fid}", spec.local)]
    return out


def sentence_of(ent: Span) -> Span:
    """The whole sentence around `ent` (the pipeline cuts sentences into clauses; this does not)."""
    doc = ent.doc
    start, end = ent.start, ent.end
    while start > 0 and not ends_sentence(doc[start - 1].text):
        start -= 1
    while end < len(doc) and not ends_sentence(doc[end].text):
        end += 1
    return doc[start : min(end + 1, len(doc))]


def ends_sentence(text: str) -> bool:
    """A token that ends a sentence (. ! ? or a new line)."""
    return text in _SENTENCE_END or "\n" in text or text.endswith(("?", "!"))


def explained(ent: Span, ids: tuple[str, ...], nlp: Language) -> str | None:
    """Why the red flag `ent` (a match of the finding `ids`) is not stated: its sentence is set in
    the past, or names an ordinary cause of every finding it names and none of the words that
    keep it."""
    if not ids:
        return None
    sentence = sentence_of(ent)
    matches = [
        (nlp.vocab.strings[key], sentence.start + start, sentence.start + end)
        for fid in (_FRAMES, *ids)
        if len(matcher := _matcher(nlp, fid))  # an empty spaCy Matcher warns when called
        for key, start, end in matcher(sentence)
    ]
    doc = ent.doc
    found = {
        name
        for name, start, _ in matches
        if not (
            name.startswith("UNLESS:")
            and (
                (start > 0 and doc[start - 1].lower_ in _NEGATIONS)
                or _of_another_finding(doc[start], ent, ids)
            )
        )
    }
    if "PAST" in found and "NOW" not in found:
        return "in the past"
    if "LASTING" in found and "CHANGE" not in found:
        return "a lasting trait, not a change"
    if all(
        any(n == f"MEANING:{fid}" and s < ent.end and ent.start < e for n, s, e in matches)
        for fid in ids
    ):
        return OTHER_MEANING
    specs = lay().explained_by
    for fid in ids:
        if f"LOCAL:{fid}" in found:
            continue
        if fid not in specs or f"CAUSE:{fid}" not in found or f"UNLESS:{fid}" in found:
            return None
    return "put down to an ordinary cause"


def kept_beside_meaning(sentence: Span, fid: str, nlp: Language) -> bool:
    """Round 11A: a word that keeps the red flag `fid` (its `unless`) stands in `sentence` outside
    every phrase of another meaning ("I can't tell when I need a poo and had an accident at work
    for days": "days" keeps the bladder change; "had an accident at work" alone does not)."""
    matcher = _matcher(nlp, fid)
    if not len(matcher):
        return False
    found = [(nlp.vocab.strings[k], s, e) for k, s, e in matcher(sentence)]
    meanings = [(s, e) for n, s, e in found if n == f"MEANING:{fid}"]
    return any(
        n == f"UNLESS:{fid}" and not any(ms <= s and e <= me for ms, me in meanings)
        for n, s, e in found
    )


def _of_another_finding(token: Token, ent: Span, ids: tuple[str, ...]) -> bool:
    """Round 10A: `token` lies in another clause than `ent`, next to a finding of the everyday
    twitch story (lay.yaml `explained_elsewhere`), so it speaks of that one ("slurring
    by the end of the wedding (10 pints), and since Sunday my calves keep twitching": "keep" is
    the twitching's)."""
    clause, spec = token.sent, lay().explained_elsewhere
    if spec is None or clause.start == ent.sent.start:
        return False
    story, near = set(spec.findings) - set(ids), spec.reach
    return any(
        other.sent.start == clause.start
        and story & set((other._.target_rule.metadata or {}).get("findings") or ())
        and other.start - near <= token.i < other.end + near
        for other in ent.doc.ents
        if other._.target_rule is not None
    )
