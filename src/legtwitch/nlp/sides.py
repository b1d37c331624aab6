"""Which legs: the words that settle `both_legs` (docs/nlp.md, "fourth round").

- "left calf" and "right thigh" name a side; both sides named means both legs, one side one leg,
  unless that side is said to be fine ("left calf twitches, right side is fine").
- A plural paired part said of the person ("my legs", "calves", "both feet", "thighs") means both
  legs; not when it belongs to someone else ("his legs", "my mum's feet"), nor in a clause that is
  denied or set aside ("no numbness going up my legs", "if my legs give way").
- "one calf", "one leg", "only the left one" mean one leg, and win over a plural.

Round 11C (convention 13, docs/nlp.md): one side named alone ("my left calf twitches") leaves
both_legs unknown: people name the side where they noticed it without saying the other is free.
One leg is read only when the words say the other is free: "only / just the left", "right calf
only", "the right one is fine", "Right is fine.", "the other leg is fine", "not the other one",
"the left doesn't". The side a comparison is made with ("thinner than the left", "compared to
the right one") is not a side named.

Round 8A, other body parts (lay.yaml `elsewhere`): a body part outside the legs named alone is a
symptom in more than one place only with a twitch word, a leg word or "too" near it in its sentence
("twitching in my arms", "arms and legs", "my hands too"); "my back is killing me", "pushing on
the arms of the chair" are not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from legtwitch.domain.findings import FindingStatus
from legtwitch.nlp.backrefs import SET_ASIDE
from legtwitch.nlp.extraction import Evidence
from legtwitch.nlp.proxy import names_the_person

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

LEFT, RIGHT, PLURAL, ONE = "left", "right", "plural", "one"
_STOP = frozenset({".", ",", "!", "?"})
_SENTENCE_END = frozenset({".", "!", "?", "\n"})
_ONLY = frozenset({"only", "just"})
# round 11C: "Right is fine", "the left one's normal"; "the left doesn't", "the other leg isn't"
_IS = frozenset({"is", "'s", "s", "was", "looks", "seems", "feels", "are", "does", "did", "has"})
_THAT = frozenset({"that", "this", "one"})
_NOT = frozenset({"n't", "not", "nt", "doesnt", "isnt", "wasnt"})
_COMPARED = frozenset({"than", "compared", "compare", "comparing", "against", "vs", "versus"})
_IDIOM = frozenset({"own", "between"})  # "tripping over my own feet", "numb between my legs"


def _expand(word: str, slots: Any) -> list[str]:
    """A word of a list, or every word of a `{slot}`."""
    if word.startswith("{") and word.endswith("}"):
        return [w.lower() for w in slots[word[1:-1]]]
    return [word.lower()]


def side_words(doc: Doc, data: Any, proxy: frozenset[str] = frozenset()) -> dict[str, Token]:
    """The first token that names each of LEFT, RIGHT, PLURAL and ONE in `doc`. `proxy` holds the
    words (his, her) that mean the person when someone writes for them."""
    legs = {w.lower() for w in data.slots["leg"]}
    # rounds 8A, 8C: "on my right hand", "on the left side of my face" are not a leg's side
    slots = ("body", "handpart", "face", "elsewhere")
    elsewhere = {w.lower() for k in slots for w in data.slots.get(k, ())} - legs
    plural = set(data.sides.plural)
    unaffected = set(data.sides.unaffected)
    others = {o for w in data.sides.not_own for o in _expand(w, data.slots)} - proxy
    out: dict[str, Token] = {}
    for tok in doc:
        low = tok.lower_
        nxt = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
        side = LEFT if low in data.sides.left else RIGHT if low in data.sides.right else None
        if side is not None:
            prev = doc[tok.i - 2].lower_ if tok.i >= 3 else ""
            on = prev == "on" and tok.i >= 3 and nxt not in elsewhere
            of = [t.lower_ for t in doc[tok.i + 2 : tok.i + 5]]  # "left side of my face"
            if nxt == "side" and of[:1] == ["of"] and elsewhere & set(of[1:]):
                continue
            if {t.lower_ for t in doc[max(0, tok.i - 3) : tok.i]} & _COMPARED:
                continue  # round 11C: "thinner than the left" compares, it names no side
            if nxt in legs or nxt in ("side", "one") or on or nxt in _IS:
                if _other_free(doc, tok.i, unaffected):
                    out.setdefault(ONE, tok)  # round 11C: "the right one is fine"
                elif nxt not in _IS:
                    out.setdefault(side, tok)
                if {t.lower_ for t in doc[max(0, tok.i - 3) : tok.i]} & _ONLY or _only_after(
                    doc, tok.i, legs
                ):
                    out.setdefault(ONE, tok)  # "only the left one", "right calf only"
        elif low == "other" and nxt in legs | {"one", "side"}:
            if _other_free(doc, tok.i, unaffected):
                out.setdefault(ONE, tok)  # round 11C: "the other leg is fine", "not the other one"
        elif low in _THAT and nxt in (legs - plural) | {"side"} and _only_after(doc, tok.i, legs):
            out.setdefault(ONE, tok)  # round 11C: "jeans baggy on that leg only"
        elif low == "one" and _one_leg(doc, tok.i, legs, plural):
            out.setdefault(ONE, tok)  # "one calf", "one of my calves"
        elif (
            low in plural
            and _own(doc, tok, others, proxy)
            and not _said_unaffected(doc, tok.i, unaffected)
        ):
            out.setdefault(PLURAL, tok)
    return out


def _other_free(doc: Doc, i: int, words: set[str]) -> bool:
    """Round 11C: the side (or "other") at token `i` is said to be free: said fine just after it
    ("right one is fine"), "doesn't" / "isn't" ending its clause ("the left doesn't"), or "not"
    just before it ("not the other one")."""
    if _said_unaffected(doc, i, words) or any(t.lower_ == "not" for t in doc[max(0, i - 2) : i]):
        return True
    after = list(doc[i + 1 : i + 5])
    for j, t in enumerate(after):
        if t.lower_ in _NOT:
            rest = after[j + 1 : j + 2]
            return not rest or rest[0].text in _STOP or bool(rest[0].is_sent_start)
    return False


def _only_after(doc: Doc, i: int, legs: set[str]) -> bool:
    """Round 11C: "right calf only", "on the left side only," ("only" ending the clause)."""
    j = i + 1 if i + 1 < len(doc) and doc[i + 1].lower_ in legs | {"side", "one"} else i
    if j + 1 >= len(doc) or doc[j + 1].lower_ != "only":
        return False
    return j + 2 >= len(doc) or doc[j + 2].text in _STOP or bool(doc[j + 2].is_sent_start)


def _said_unaffected(doc: Doc, i: int, words: set[str]) -> bool:
    """The side at token `i` is said to be fine within its clause's next few words ("right side
    is fine", "the right one's normal")."""
    for tok in doc[i + 1 : i + 6]:
        if tok.is_sent_start or tok.text in _STOP:
            return False
        if tok.lower_ in words:
            return True
    return False


def _one_leg(doc: Doc, i: int, legs: set[str], plural: set[str]) -> bool:
    words = [t.lower_ for t in doc[i + 1 : i + 5]]
    if words and words[0] in legs and words[0] not in plural:
        return True
    # "one of my calves", round 11C: "one of my lower legs"
    return words[:2] in (["of", "my"], ["of", "the"]) and bool(set(words[2:4]) & plural)


def _own(doc: Doc, tok: Token, others: set[str], proxy: frozenset[str]) -> bool:
    """A plural leg word said of the person: no other owner just before it ("his legs", "my mum's
    feet"), not an idiom ("my own feet", "between my legs"), in a clause with no hypothetical
    trigger, and in the scope of no denial or other set-aside trigger (up to a comma)."""
    before = doc[max(tok.sent.start, tok.i - 3) : tok.i]
    if any(t.lower_ in others or t.lower_ in _IDIOM for t in before):
        return False
    graph: Any = doc._.context_graph
    for mod in graph.modifiers if graph is not None else ():
        first, last = mod.modifier_span
        if names_the_person([t.lower_ for t in doc[first:last]], proxy):
            continue  # the person someone writes for ("my son (16) ... his legs")
        if mod.category == "HYPOTHETICAL" and tok.sent.start <= first < tok.sent.end:
            return False  # "I'm afraid my legs will get weaker"
        start, end = mod.scope_span
        if not start <= tok.i < end or mod.category not in SET_ASIDE | {"NEGATED"}:
            continue
        if any(t.text == "," for t in doc[last : tok.i]):
            continue  # "no swelling, calves just cramp"
        return False
    return True


def bare_part_elsewhere(ent: Span, ids: tuple[str, ...], data: Any) -> bool:
    """`ent` is only a body part outside the legs (lay.yaml `elsewhere`), with no word of the
    rule's `near` list within its `reach` in the same clause: it is not read."""
    rule = data.elsewhere
    if rule is None or ids != (rule.finding,):
        return False
    parts = {w.lower() for w in data.slots["elsewhere"]} | {w.lower() for w in data.slots["body"]}
    if " ".join(t.lower_ for t in ent) not in parts:
        return False
    doc, near = ent.doc, set(rule.near)
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    if after in rule.not_followed_by or (ent.text.lower() in rule.adverbs and before in near):
        return True
    start, end = ent.start, ent.end
    start, end = max(0, ent.start - rule.reach), min(len(doc), ent.end + rule.reach)
    for t in doc[start : ent.start]:
        if t.text in _SENTENCE_END:  # the sentence, not the clause ("my calf ... and now my arms")
            start = t.i + 1
    for t in doc[ent.end : end]:
        if t.text in _SENTENCE_END:
            end = t.i
            break
    return not any(t.lower_ in near for t in doc[start:end] if t.i not in range(ent.start, ent.end))


def both_legs(sides: dict[str, Evidence]) -> tuple[FindingStatus, Evidence] | None:
    """Whether both legs are affected, from the side words found (`side_words`, non-empty): the
    most specific words win: "one calf", "the other is fine", then both sides named, then a plural
    leg part ("my legs", "both feet"); one side named alone is None (round 11C, convention 13)."""
    named = [sides[k] for k in (LEFT, RIGHT) if k in sides]
    if ONE in sides:
        return FindingStatus.ABSENT, sides[ONE]
    if len(named) == 2:
        return FindingStatus.PRESENT, min(named, key=lambda e: e.start)
    if PLURAL in sides:
        return FindingStatus.PRESENT, sides[PLURAL]
    return None  # round 11C: one side named alone says nothing of the other
