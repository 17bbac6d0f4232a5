"""What the generator read in an article, as the JSON and the text `quiz facts` prints
(docs/facts.md documents every field). The JSON is an interface other tools rely on:
add fields, never rename them."""

from __future__ import annotations

from typing import Any

from quiz.core.domain import Article, Fact
from quiz.core.facts import ArticleFacts

FORMAT_VERSION = 1


def facts_json(article: Article, read: ArticleFacts, *, with_text: bool = False) -> dict[str, Any]:
    head: dict[str, Any] = {
        "title": article.title,
        "sha256": article.sha256,
        "kind": read.kind.kind,
        "kind_signals": list(read.kind.signals),
    }
    if with_text:
        head["text"] = article.text
    return {"version": FORMAT_VERSION, "article": head, "facts": [fact_json(f) for f in read.facts]}


def fact_json(fact: Fact) -> dict[str, Any]:
    """One fact: kind, span and text first, then its own fields; every `x_start`, `x_end`
    pair of offsets becomes `x_span: [start, end]`."""
    out: dict[str, Any] = {"kind": fact.kind, "start": fact.start, "end": fact.end, "text": fact.text}
    data = dict(fact.data)
    for key in sorted(k for k in data if k.endswith("_start")):
        name = key[: -len("_start")]
        if name + "_end" in data:
            start, end = data.pop(key), data.pop(name + "_end")
            out[name + "_span"] = [start, end] if start is not None else None
    data.pop("sentence", None)
    out.update({k: v for k, v in data.items() if not k.startswith("_")})
    return out


def facts_text(article: Article, read: ArticleFacts) -> str:
    """The same facts for a person: one line a fact, grouped by kind."""
    lines = [f"{article.title}", f"kind: {read.kind.kind}" + (f" ({'; '.join(read.kind.signals)})" if read.kind.signals else ""), ""]
    by_kind: dict[str, list[Fact]] = {}
    for fact in read.facts:
        by_kind.setdefault(fact.kind, []).append(fact)
    for kind, facts in by_kind.items():
        lines.append(f"{kind} ({len(facts)})")
        for fact in facts:
            lines.append(f"  {fact.start}-{fact.end}  {_summary(fact)}")
        lines.append("")
    return "\n".join(lines)


def _who(speaker: dict | None) -> str:
    if not speaker:
        return "no source"
    if speaker.get("named"):
        description = speaker.get("description")
        return speaker["name"] + (f" ({description})" if description else "")
    return f"unnamed: {speaker.get('description') or 'not said'}"


def _clip(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _summary(fact: Fact) -> str:
    d = fact.data
    if fact.kind == "quote":
        return f"{'“' if d['direct'] else ''}{_clip(fact.text, 70)}{'”' if d['direct'] else ''} — {_who(d['speaker'])}"
    if fact.kind == "source":
        who = _who(d["speaker"]).removeprefix("unnamed: ")
        return f"{d['source_kind']}: {who}" + (f" [{d['anonymity']}]" if d.get("anonymity") else "")
    if fact.kind == "number":
        parts = [fact.text, f"counts: {d['counts'] or '?'}", f"{d['meaning']}" if d.get("qualifier") else "", d["time"],
                 f"from {_who(d['source'])}" if d.get("source") else "the writer's"]
        return " · ".join(p for p in parts if p)
    if fact.kind == "change":
        return f"{d['what'] or '?'} {d['direction']} {d['by'] or ''} {('to ' + d['to']) if d['to'] else ''} ({d['change_kind']})" + \
            (f" vs {d['baseline']}" if d.get("baseline") else "")
    if fact.kind == "comparison":
        return f"{d['claim']}: {d['total']:g} / {d['base']:g} = {d['ratio']} ({'holds' if d['holds'] else 'does not hold'})"
    if fact.kind == "uncertainty":
        return f"{d['uncertainty_kind']}: {_clip(d.get('cue') or fact.text, 60)}" + (f" = {d['meaning']}" if d.get("meaning") else "")
    if fact.kind == "loaded":
        extra = d.get("meaning") or (f"neutral: {d['neutral']}" if d.get("neutral") else "")
        owner = f", word of {_who(d['owner'])}" if d.get("owner") else ""
        return f"{d['loaded_kind']}: {d['word']}{owner}" + (f" — {extra}" if extra else "")
    if fact.kind in ("opinion", "statement"):
        return f"{d['mode']}: {_clip(fact.text, 70)}" + (f" [{', '.join(d['cues'])}]" if d.get("cues") else "")
    if fact.kind == "turn":
        return f"{d['speaker']} ({d['role']}){' asks' if d['question'] else ''}: {_clip(fact.text, 60)}"
    return f"{d.get('context_kind', '')}: {_clip(fact.text, 80)}"
