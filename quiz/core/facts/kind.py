"""What kind of text an article is: straight news, a wire story built on unnamed sources, a
press release or fact sheet, an opinion column, a speech, an interview, a fact-check, the
report of a study, or an explainer of a word, an idea or how something works. Each kind gets the questions that fit it (generate/).

Read from signals a reader would use: who speaks in the first person, whether paragraphs
open with a speaker's label, how many claims are attributed and to whom, and the words
that mark each kind ("today announced", "Madam Speaker", "participants", "rated false").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from quiz.core.domain import Article, Fact, Span
from quiz.core.facts.common import DATELINE, MONTH_NAMES
from quiz.core.facts.sources import is_outlet
from quiz.core.reading import Reading

KINDS = ("news", "wire", "press-release", "opinion", "speech", "interview", "fact-check", "study", "explainer")
LABEL = re.compile(r"^(?:Q|A|Question|Answer|[A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+){0,2})\s*:\s+\S", re.MULTILINE)
ADDRESS = re.compile(
    r"\b(?:Madam Speaker|Mr\.? Speaker|Mr\.? President|Madam President|my fellow|fellow citizens|fellow Americans|"
    r"ladies and gentlemen|thank you(?: all)?(?: very much)?(?: for)?|I yield|God bless|we (?:are|have) gathered|"
    r"we gather here|family and friends|friends and family|dear friends)\b",
    re.IGNORECASE,
)
# A speech's greeting line, a list of those it speaks to: "Friends, neighbours, and members of the
# Carrow family:", "Governor Ellis, Mayor Duarte, families, and the people of Harlow:". Not a line
# that introduces a quotation or a list ("On Tuesday, the minister said:").
SALUTATION = re.compile(r"^[A-Z][^.!?:;\n]{0,200}?, (?:and )?[^.!?:;\n,]{2,80}:$")
NOT_SALUTATION = re.compile(r"\b(?:said|says|say|told|tells|wrote|writes|added|adds|stated|states|reads?|read|follows?|"
                            r"include[sd]?|is|are|was|were|has|have|had)\b", re.IGNORECASE)


# Each name in a greeting is one the speaker calls people by: "Friends", "members of the Carrow
# family", "the people of Harlow", "ladies and gentlemen", "Madam Speaker", or a name or title with
# a name ("Governor Ellis"). Not "In March, the council set out three options:".
_PEOPLE = (r"(?:(?:my|our|dear|fellow|honou?red|distinguished|esteemed|all|all the|the)\s+){0,2}"
           r"(?:friends|neighbou?rs|colleagues|members|families|family|guests|citizens|residents|parents|students|graduates|"
           r"teachers|staff|delegates|comrades|councillors|councilors|senators|representatives|everyone|everybody|all|"
           r"ladies and gentlemen|ladies|gentlemen|brothers and sisters|sisters|brothers|people|children|class of \d{4})"
           r"(?:\s+(?:of|from|in|at)\s+(?:the\s+|our\s+|this\s+)?[\w’' -]{1,40})?|"
           r"(?:Mr\.?|Madam|Madame|Mrs\.?|Ms\.?)\s+(?:Speaker|President|Chair(?:man|woman)?|Mayor|Deputy Speaker)")
VOCATIVE = re.compile(rf"^(?:{_PEOPLE})(?:\s+and\s+(?:{_PEOPLE}))?$", re.IGNORECASE)
_NOT_A_NAME = (r"In|On|At|By|For|From|To|The|This|That|These|Those|Last|Next|After|Before|When|Since|Until|Today|Tonight|"
               r"Yesterday|Here|There|Then|Now|It|We|They|He|She|I|You|And|But|So|As|Of|With|A|An|Some|Many|Most|"
               r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|" + MONTH_NAMES)
NAMED = re.compile(rf"^(?!(?:{_NOT_A_NAME})\b)[A-Z][\w.’'-]*(?: (?:[A-Z][\w.’'-]*|of|the|and)){{0,4}}$")


def _vocative(item: str) -> bool:
    item = re.sub(r"^and\s+", "", item.strip())
    return bool(VOCATIVE.match(item) or NAMED.match(item))


def salutation(paragraph: str) -> bool:
    """Whether a paragraph is a speech's greeting line, a list of those it speaks to: each name
    in it is one the speaker calls people by, and it has no verb."""
    paragraph = paragraph.strip()
    return (bool(SALUTATION.match(paragraph)) and not NOT_SALUTATION.search(paragraph)
            and all(_vocative(item) for item in paragraph[:-1].split(",")))


# Words a publisher uses of itself: it announces its own news, is proud, and calls itself
# "the Administration" (a news report writes "the Biden administration").
RELEASE = re.compile(
    r"\b(?:today announced|is announcing|announced today|announces today|is pleased to announce|are pleased to announce|"
    r"we are proud|is proud to|for immediate release)\b|"
    r"\b[Tt]oday,? (?:the )?(?:[A-Z][\w.’'&-]*\s+){1,5}(?:announced|is announcing|launched|released)\b",
    re.IGNORECASE,
)
SELF_NAME = re.compile(r"\b(?:[Tt]he|[Tt]his|[Oo]ur|[A-Z][a-z]+(?:-[A-Z][a-z]+)?) Administration\b")
# The heading or by-line of a release, a fact sheet or a government statement.
HEADER = re.compile(
    r"(?:fact sheet|(?:press|media|news) (?:release|statement)|media (?:note|advisory)|for immediate release|"
    r"office of the (?:spokesperson|press secretary)|readout|joint statement|statement (?:by|from|of|on)|statement$|"
    r"statement\s*[—–:|-])(?!\w)",
    re.IGNORECASE,
)
# The heading of a newspaper's own opinion: "An editorial from The Ledger", "Editorial: ...", "Our view",
# "The view of the Courier: ...", "The Guardian view on ...: ...".
_PAPER = r"(?-i:[A-Z][\w&'’-]*(?: [A-Z&][\w&'’-]*){0,5})"
EDITORIAL = re.compile(rf"^(?:(?:an? |the )?editorial(?: (?:from|by|of) (?:the )?{_PAPER})?|(?:editorial|our view|the \w+(?: \w+)?['’]s view|"
                       rf"the view of (?:the )?{_PAPER})(?:\s*[:|—–-].{{0,120}})?|the {_PAPER} view on [^:]{{3,80}}:.{{3,120}})$",
                       re.IGNORECASE)
# An editorial's "we" giving its view or urging: "We believe the board must act", "We urge readers to attend".
EDITORIAL_WE = re.compile(r"\bWe (?:believe|urge|think|argue|would urge|call on (?:the )?(?:readers|voters|residents|the board|"
                          r"the council|the county|the city|the state|lawmakers|officials))\b")
# A by-line that names a body as the writer: "By the White House".
_OF = r"(?: of(?: (?:[A-Z]\w*|and|the))+)"  # " of Health and Human Services"
BYLINE = re.compile(rf"By (?:[Tt]he )?((?:[A-Z][\w.’'&-]*\s+){{0,4}}(?:White House|Department{_OF}?|Ministry{_OF}?|"
                    rf"Administration|Office{_OF}|Embassy{_OF}?))$")
# A line that says which body put the text out: "Issued by the Ministry of Health", or a
# by-line from a body's own press office: "By Ann Lee, Riverton University Communications".
ISSUED = re.compile(r"^(?:(?:Published|Issued|Released|Distributed|Posted) by (?:the )?(?P<by>[A-Z][^.:;,]{2,80}?)|"
                    r"By (?:[A-Z][\w.’'-]+\s+){1,3}[A-Z][\w’'-]+,\s+(?:the )?(?P<office>[A-Z][^.:;,]{2,80}?)\s+(?:Communications|"
                    r"Public Affairs|Press Office|Media Relations|News Office|Newsroom|Office of Communications))\.?$")
# A body speaking for itself, in the present: "The United States condemns", "We call on".
OFFICIAL_VERB = re.compile(  # after the body's name ("The Ministry of Health"), which may keep its space
    r"\s*(?:(?:strongly|firmly|also|fully|again|further)\s+)?"
    r"(?:condemns?|welcomes?|commends?|applauds?|calls? (?:on|upon)|urges?|reaffirms?|stands? (?:with|by)|"
    r"remains? (?:committed|concerned|steadfast)|congratulates?|is committed|are committed|deplores?|"
    r"(?:is|are) (?:deeply |gravely |greatly )?(?:troubled|concerned|saddened|alarmed|disappointed)(?= by| at| about| that)|"
    r"(?:extends?|expresses?|conveys?) (?:its|our) (?:deepest |sincere |heartfelt |profound )?(?:condolences|sympathy|solidarity)|"
    r"reiterates?|denounces?|mourns?)\b"
)
OFFICIAL_VOICE = re.compile(
    r"\b(?:We|[Tt]he United States|[Tt]he (?:[A-Z][\w.’'-]*\s+){0,4}(?:Department|Ministry|Government|Administration|Agency|Office|"
    r"Republic|Kingdom|Embassy)(?:\s+of(?:\s+the)?(?:\s+[A-Z][\w.’'-]*)+){0,2})\s"
    + OFFICIAL_VERB.pattern
)
# A body that calls itself "we": "At the Riverton Library, we believe", "we at Acme", "our staff".
INSTITUTION_WE = re.compile(  # not a time: "At Christmas, we", "At Easter, we", "At Noon, we"
    r"\b(?:(?:[Aa]t|[Hh]ere at) (?!(?:Christmas|Easter|Thanksgiving|Halloween|Noon|Midnight|Dawn|Night|First|Last|Times?|"
    r"Present|Home|Work|School|Church|Least|Most|Once)\b)(?P<at>(?:the )?(?:[A-Z][\w.’'&-]*\s+){0,5}[A-Z][\w’'&-]*),? we|"
    r"[Ww]e at (?P<we_at>(?:the )?(?:[A-Z][\w.’'&-]*\s+){0,5}[A-Z][\w’'&-]*))\b")
TEAM = re.compile(r"\b[Oo]ur (?:own )?(?:staff|team|teams|writers|editors|reporters|company|organi[sz]ation|office|department|"
                  r"agency|members|employees|workers|customers|clients|business|firm|charity|volunteers|donors|branches|"
                  r"stores|shops|partners|ministry|embassy|embassies|consulate|diplomats|officers|officials|researchers|scientists|"
                  r"engineers)\b")
# A sentence whose subject is a body, in the text's own words: "The Department of Health
# rejects ...". Followed by a sentence that opens on "We", the body speaks for itself: a
# reporter does not call the body they write about "we".
BODY_SUBJECT = re.compile(r"^(?:The\s+)?(?:[A-Z][\w.’'&-]*\s+){0,4}(?:Department|Ministry|Government|Administration|Agency|"
                          r"Office|Council|Commission|Embassy|Bureau|Authority|Service|Board|Company|Corporation|University|"
                          r"Institute|Foundation|Association|Trust|Hospital|Police|Library|Museum|Charity)"
                          r"(?:\s+of(?:\s+(?:the|and|[A-Z][\w’'-]*))+)?\s+(?!said\b|says\b|told\b)[a-z]")
WE_SUBJECT = re.compile(r"^(?:[A-Z][\w ,]{0,30},\s+)?We\s+(?!said\b|asked\b|visited\b|spoke\b|talked\b|went\b|met\b)")


# The end matter of a release: a contact for the press, "###", "Notes to editors", "-ends-".
END_MATTER = re.compile(
    r"^(?:###|-+\s*ends\s*-+|ends|notes? to editors:?|(?:media|press) (?:contacts?|enquiries|inquiries)\b.*|contacts?:\s.*|"
    r"for (?:more|further) information,? (?:please )?(?:contact|call|email|e-mail)\b.*)$", re.IGNORECASE)
# A local report may end the same way ("For more information, call the library"): a weaker sign.
FOR_MORE = re.compile(r"^for (?:more|further) information", re.IGNORECASE)
# A readout of an official's talks, in the words of the official's own office: "The Secretary
# underscored ...", "Minister Park reaffirmed ..." (a reporter quotes them, or says "said").
READOUT = re.compile(
    r"^(?:The |Both )?(?:(?:Deputy |Prime |Foreign |Vice |Under |Assistant )?(?:Secretary|Minister|President|Ambassador|"
    r"Administrator|Governor|Mayor|Commissioner|Chancellor|Premier|Director|Leaders?)(?: (?:of State|General))?|two leaders|"
    r"[A-Z][\w.’'-]+ (?:and|&) (?:the )?(?:Foreign |Prime )?(?:Minister|Secretary|President))"
    r"(?: [A-Z][\w.’'-]+){0,3}\s+(?:also\s+)?(?:underscored|emphasi[sz]ed|reaffirmed|thanked|welcomed|discussed|agreed|"
    r"expressed|noted|highlighted|stressed|conveyed|commended|reiterated|spoke|met|raised|affirmed)\b")
# A text that answers reports about its own publisher: "Claims that the Ministry hid ... are false".
REBUTTAL = re.compile(
    r"\b(?:[Cc]laims?|[Rr]eports?|[Aa]llegations?|[Ss]uggestions?|[Ss]tories|[Aa]rticles?|[Ss]tatements?) "
    r"(?:[^.]{0,60} )?that (?P<claim>[^.]{5,200}?) (?:are|is|were|was) (?:simply |completely |entirely |wholly )?"
    r"(?:false|untrue|wrong|inaccurate|baseless|unfounded|incorrect|without foundation)\b")
# Words that make a sentence a report of what someone said, not the text's own voice.
SPEECH_REPORTED = re.compile(r"\b(?:said|says|told|according to|statement|claims?|claimed)\b")


def rebuttal(sentence: str, of_publisher: Callable[[str], object]) -> re.Match | None:
    """"Claims that we hid the figures are false", in the text's own voice, of reports about
    its publisher: "we" is in the claim, or what `of_publisher` takes for the publisher."""
    found = REBUTTAL.search(sentence)
    # Reported words outside the rebuttal itself: "Claims that we hid ..." opens on the noun it rebuts.
    if found and SPEECH_REPORTED.search(sentence[: found.start()] + " " + sentence[found.end() :]):
        found = None
    if found and (re.search(r"\b(?:we|our|us)\b", found.group("claim"), re.IGNORECASE) or of_publisher(found.group("claim"))):
        return found
    return None
# A government post with no body named: "Transportation Secretary", "Deputy Secretary".
TITLE_ONLY = re.compile(r"^(?:(?!Deputy|Assistant|Under|Vice)(?P<field>[A-Z][\w-]+(?: [A-Z][\w-]+)?) )?(?:Deputy |Assistant |Under |Vice )?(?:Secretary|Minister|"
                        r"Administrator|Commissioner|Spokes(?:wo)?man|Spokesperson)(?: General)?$")
# Who a quoted person works for, as their description gives it: "the company's chief
# operating officer" (the text's own body), "chief executive of the Riverside Food Bank",
# "Brightwater Solar chief executive".
OWN_POSSESSIVE = re.compile(r"^(?:the )?(?:company|firm|ministry|department|agency|charity|council|bank|food bank|"
                            r"organi[sz]ation|university|hospital|foundation|trust|library|museum|school|union|society|"
                            r"office|board|authority|service|group|embassy|government)['’]s? ", re.IGNORECASE)
STAFF_POST = re.compile(r"\b(?:chief|head|director|president|vice[- ]president|spokes(?:wo)?man|spokesperson|founder|manager|"
                        r"chair(?:man|woman|person)?|executive|officer|secretary|minister|deputy|coordinator|administrator|"
                        r"commissioner|ceo|cfo|coo|cto|treasurer|trustee|superintendent|principal|dean|ambassador)\b",
                        re.IGNORECASE)
EMPLOYER = re.compile(r"(?:\b(?:of|for|at) (?:the )?(?P<of>[A-Z][\w&.’'-]*(?:\s+(?:of\s+|and\s+|the\s+)*[A-Z&][\w&.’'-]*)*)$|"
                      r"^(?P<before>[A-Z][\w&.’'-]*(?:\s+[A-Z&][\w&.’'-]*){0,4})\s+(?=[a-z]))")


# What a reporter writes of a body's words: news about a statement, not the statement.
REPORTED = re.compile(r"\b(?:said|says) (?:\w+ )?in a (?:written |brief |short )?statement\b|\btold (?:reporters|journalists)\b|"
                      r"\b(?:at|during) a (?:news|press) (?:conference|briefing)\b|\b(?:did not|declined to) say\b|"
                      r"\b(?:according to|in) (?:a|the) (?:\w+ )?statement (?:from|by|issued|released|published)\b|"
                      r"\((?:Reuters|AP|AFP|Bloomberg|dpa)\)|\bReporting by\b|\b(?:Reuters|The Associated Press|AFP) "
                      r"(?:reported|has learned|could not)\b|\bdid not (?:immediately )?respond to (?:a )?requests? for comment\b")


# Words of a text that honours someone who has died or retires: a tribute, spoken or written.
TRIBUTE = re.compile(r"\b(?:tribute|eulogy|in (?:loving )?memory|passed away|died|we mourn|we lost|funeral|memorial|"
                     r"rest (?:in peace|well)|say goodbye to|(?:we|I) will (?:always )?(?:miss|remember)|will be missed|(?:his|her|their) legacy|"
                     r"celebrate (?:the|his|her|their) life)\b", re.IGNORECASE)
# The line an opinion piece ends on, that says who wrote it: "Ann Lin is the mayor of Riverton."
TAGLINE = re.compile(r"^(?:[A-Z][\w.’'-]+\s+){1,3}(?:is|was|serves as) (?:the |a |an )?[^.!?\n]{3,140}\.$")
# The heading of a speech's text: "Remarks by Governor Sam Reyes at ...", "Remarks as prepared for delivery".
SPEECH_HEADING = re.compile(r"^(?:(?:Prepared )?Remarks|Speech|Address|Eulogy|Tribute) (?:by|of|as prepared|to|at|for)\b",
                            re.IGNORECASE)
# A post that gives its holder a side in public matters: an office, a party, or a body they run.
POST = re.compile(r"\b(?:[Mm]ayor|[Mm]inister|[Ss]ecretary|[Ss]enator|[Gg]overnor|[Pp]resident|[Pp]remier|[Cc]hancellor|"
                  r"[Cc]ouncill?or|[Cc]ommissioner|[Rr]epresentative|[Cc]ongress(?:wo)?man|[Mm]ember of|MP|MEP|[Cc]andidate|"
                  r"[Ll]eader|[Cc]hair(?:man|woman|person)?|[Cc]hief [Ee]xecutive|CEO|(?:[Ee]xecutive |[Mm]anaging )?[Dd]irector(?: of (?:the )?|, )(?=[A-Z])|"
                  r"(?:[Cc]o-)?[Ff]ounder|[Ss]pokes(?:wo)?man|[Ss]pokesperson|[Aa]mbassador)\b")
NAME_LINE = re.compile(r"^(?:[A-Z][\w.’'-]+\s+){1,3}[A-Z][\w’'-]+$")
DASH_SIGNATURE = re.compile(r"^[—–-]+\s*((?:[A-Z][\w.’'-]+\s+){1,3}[A-Z][\w’'-]+),\s+([^.!?]{3,100})$")


class Signature(NamedTuple):
    name: str
    post: str
    start: int  # where the signature starts in the text, and ends
    end: int


def signature(text: str, paragraphs) -> Signature | None:
    """A text signed at its end by someone with a post: "Jane Okafor" over "Minister of the
    Interior", or "— Ann Lin, Mayor of Riverton"."""
    if len(paragraphs) < 3:
        return None
    last, before = paragraphs[-1], paragraphs[-2]
    line = text[last.start : last.end].strip()
    dashed = DASH_SIGNATURE.match(line)
    if dashed and POST.search(dashed.group(2)):
        return Signature(dashed.group(1), dashed.group(2), last.start, last.end)
    name = text[before.start : before.end].strip()
    if NAME_LINE.match(name) and len(line) <= 80 and not line.endswith(".") and POST.match(line):
        return Signature(name, line, before.start, last.end)
    return None


# A company's release: its stock ticker, and the boilerplate paragraphs at its end.
BOILERPLATE = re.compile(r"\((?:NASDAQ|NYSE|Nasdaq|LSE|TSX|ASX)\s?:\s?[A-Z.]{1,6}\)|^(?:About [A-Z][\w&.,’' -]{1,60}|Media [Cc]ontacts?:?|"
                         r"Press [Cc]ontacts?:?|###)$", re.MULTILINE)
ORGANISATION = re.compile(r"\b(?:House|Department|Ministry|Agency|Office|Government|Administration|Council|Commission|"
                          r"Embassy|Bureau|Company|Corporation|Inc|Ltd|University|Institute|Foundation|Association|Party)\b")
# A verdict on a claim. Not a bare "is true", which ordinary prose says ("the same is true of wages").
FACT_CHECK = re.compile(
    r"\b(?:fact[- ]check(?:ed|ing)?|(?:is|was|are) (?:false|misleading|mostly false|mostly true|half true)|"
    r"(?:rated?|rating:?) (?:false|true|misleading|mostly false|mostly true|half true)|"
    r"pinocchios?|no evidence (?:that|to support)|the claim (?:is|was)|viral (?:post|claim|video))\b",
    re.IGNORECASE,
)
STUDY = re.compile(
    r"\b(?:study|studies|trial|trials|participants|researchers|randomi[sz]ed|published (?:online )?in|journal|"
    r"the authors|cohort|placebo|findings|survey respondents)\b",
    re.IGNORECASE,
)

# What an explainer does, in the writer's own words: it names a term, says what it means, where
# it comes from, what kind of thing it is, and gives examples. Each sign counts once, however
# often it is used: a report may say "refers to" or "for example" once, an explainer does many
# of these things.
EXPLAINS = (
    ("it names a term", re.compile(r"\b[Tt]he (?:term|phrase|expression|idiom|saying|word|label|concept|notion)\b")),
    ("it says what the term means", re.compile(
        r"\b(?:the meaning of|means (?:to |someone |something |that you |you )|(?:is|are) used to (?:describe|mean|say)|"
        r"(?:is|are) defined as|defines? (?:\w+ ){1,6}as|definition|refers? to|"
        r"(?:term|phrase|word|expression|idiom) (?:describes|means|stands for))\b")),
    ("it tells where the term comes from", re.compile(
        r"\b(?:origins?|etymology|coined|first (?:recorded|used|appeared)|(?:comes?|came) from (?:the |a |an )?(?:[\w’']+ )?"
        r"(?:word|words|language|Latin|Greek|French|Dutch|Spanish|German|English|game|idea|image))\b")),
    ("it cites a dictionary", re.compile(r"\b(?:[Dd]ictionar(?:y|ies)|Merriam-Webster|lexicographers?)\b")),
    ("it says what kind of thing it is", re.compile(r"\b(?:is|are) (?:a|an) (?:type|kind|form|sort|way) of\b")),
    ("it explains how something works", re.compile(r"\bhow (?:it|they|this|the \w+) works?\b|\b[Hh]ere is how\b")),
    ("it gives examples", re.compile(r"\b(?:[Ff]or example|[Ff]or instance)\b")),
)
# A headline that asks what a thing is, means or how it works: "What is a heat dome?"
ASKS = re.compile(r"^(?:What|Why|How)\b.*\?$|\b(?:explained|explainer)\b", re.IGNORECASE)
# What such a headline asks about: "What is a heat dome?" -> "heat dome".
ASKED_TERM = re.compile(r"^(?:What|How|Why)(?: (?:is|are|was|were|does|do|did))? (?:an? |the )?(?P<term>[\w’'“”\" -]{3,60}?)"
                        r"(?: (?:mean|work|happen|come from))?\?$", re.IGNORECASE)
# A news event of the text's own, told at its top: a day named for what happened, "yesterday",
# "last week", an announcement, a new study's finding; not a habit ("on Friday afternoons").
EVENT = re.compile(r"\b(?:(?:on|last|this|next|late|early) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                   r"(?!s| (?:mornings|afternoons|evenings|nights))|yesterday|last night|this (?:week|morning)|"
                   r"earlier this (?:week|month)|last week|announced|a new (?:study|report|survey|poll|law|rule)|"
                   r"(?:study|survey|researchers|scientists) (?:found|finds|show|shows|showed))\b")


def explainer_signs(reading: Reading, quotes: list[Fact]) -> list[str]:
    """What shows a text to explain a word, an idea or how something works, in the writer's own
    words: the signs of EXPLAINS it gives, a headline that asks what a thing is, and a term the
    headline names that the text then says what it is, or uses again and again. Empty when the
    text opens on a news event of its own."""
    text = _outside_quotes(reading.text, quotes)
    article = reading.article
    # News tells its event at the top; an explainer may cite a use "in a speech last week" further down.
    opening = text[: article.paragraphs[2].end] if len(article.paragraphs) > 2 else text
    if EVENT.search(opening) or any(DATELINE.match(reading.text[p.start : p.end]) for p in article.paragraphs[1:3]):
        return []
    found = [sign for sign, pattern in EXPLAINS if pattern.search(text)]
    title = article.title.strip()
    body = text[len(title):] if text.startswith(title) else text
    asked = ASKED_TERM.match(title)
    if ASKS.search(title):
        found.append(f"its headline asks (“{title}”)")
    terms = headline_terms(title, body)
    # "What is a heat dome?" -> "A heat dome is ...": the text says what the asked term is.
    if asked and terms and re.search(rf"\b{re.escape(terms[0])} (?:is|are|means|refers to)\b", body, re.IGNORECASE):
        found.append(f"it says what “{terms[0]}” is")
    elif terms and not asked and not any(t.pos in ("VERB", "AUX") for t in reading.tokens_in(0, len(title))):
        found.append(f"its headline names a term (“{title}”)")
    return found

def headline_terms(title: str, body: str) -> list[str]:
    """The term a headline asks about ("What is a heat dome?" -> "heat dome"), or the short
    names with no verb it gives that the text uses again and again ("Everyday English: Lame
    Duck" -> "Lame Duck", "Filibuster")."""
    title = title.strip()
    asked = ASKED_TERM.match(title)
    term = asked.group("term").strip("“”\"' ") if asked else ""
    if term and re.search(rf"\b{re.escape(term)}\b", body, re.IGNORECASE):  # not "Why do leaders quit?" unless used
        return [term]
    # "The word sandbar": the term is "sandbar".
    parts = [re.sub(r"^(?:the )?(?:word|term|phrase|expression|idiom|saying) ", "", part.strip(), flags=re.IGNORECASE)
             for part in title.split(":")]
    named = [part for part in parts if 0 < len(part.split()) <= 5 and not part.endswith("?")]
    used = {part: len(re.findall(rf"\b{re.escape(part)}\b", body, re.IGNORECASE)) for part in named}
    # The most used first: "Lame Duck" before the name of the series, "Everyday English".
    return sorted((part for part in named if used[part] >= 2), key=lambda part: -used[part])


class ArticleKind(NamedTuple):
    kind: str
    signals: tuple[str, ...]  # what a reader would notice, in words


# A contact block's lines: a name, a post, an address, a telephone number.
CONTACT_LINE = 80


def closing_paragraphs(article: Article) -> tuple[Span, ...]:
    """The paragraphs a text ends with: the last three, or from the start of a block of short
    lines that closes it ("Media Contact:", a name, an e-mail address, a telephone number)."""
    paragraphs = article.paragraphs
    first = len(paragraphs)
    while first > max(0, len(paragraphs) - 12) and paragraphs[first - 1].end - paragraphs[first - 1].start <= CONTACT_LINE:
        first -= 1
    return paragraphs[max(0, min(len(paragraphs) - 3, first)):]


def recognise_kind(reading: Reading, facts: list[Fact]) -> ArticleKind:
    text = reading.text
    article = reading.article
    paragraphs = [text[p.start : p.end] for p in article.paragraphs]
    words = max(1, len(text.split()))
    quotes = [f for f in facts if f.kind == "quote"]
    sources = [f for f in facts if f.kind == "source"]
    opinions = [f for f in facts if f.kind == "opinion"]
    first_person = _first_person_outside_quotes(reading, quotes)
    scores: dict[str, float] = dict.fromkeys(KINDS, 0.0)
    signals: dict[str, list[str]] = {kind: [] for kind in KINDS}

    labelled = [p for p in paragraphs if LABEL.match(p)]
    bare = [f for f in facts if f.kind == "turn" and f.data.get("bare") and f.data["question"]]
    transcript = (len(labelled) >= 3 and len(labelled) >= 0.25 * len(paragraphs)) or bool(bare)
    if transcript:
        scores["interview"] += 5
        signals["interview"].append(f"{len(bare)} paragraphs are questions, each answered in the next" if bare else
                                    f"{len(labelled)} paragraphs open with the speaker's name and a colon")
    if re.search(r"\binterview(?:ed|s)?\b", text[:600], re.IGNORECASE):
        scores["interview"] += 1
        signals["interview"].append("it says it is an interview")
    address = ADDRESS.findall(text) + [p.strip() for p in paragraphs[:3] if salutation(p)]
    if address:
        scores["speech"] += 2 + min(3, len(address))
        signals["speech"].append(f"it addresses its audience (“{address[0]}”)")
    heading = next((p.strip() for p in paragraphs[:3] if len(p) <= 160 and SPEECH_HEADING.match(p.strip())), "")
    if heading:
        scores["speech"] += 3
        signals["speech"].append(f"it is headed as a speech (“{heading}”)")
    if first_person["we"] + first_person["i"] > words / 60 and len(quotes) <= 3 and not transcript:
        scores["speech"] += 1
        scores["opinion"] += 1
    editorial = next((p.strip() for p in paragraphs[:3] if len(p) <= 160 and EDITORIAL.match(p.strip())), "")
    if editorial and not transcript:
        scores["opinion"] += 4  # a paper's view speaks as "we", never "I": the signs of a column below miss it
        signals["opinion"].append(f"it is headed as the paper's own view (“{editorial}”)")
    # A paper's view with no heading: its own "we" believes or urges, and says what should be done.
    own_words = _outside_quotes(text, quotes)
    urged = EDITORIAL_WE.search(own_words)
    if urged and not editorial and first_person["i"] == 0 and not transcript \
            and len(re.findall(r"\b(?:should|must)\b", own_words)) >= 2:
        scores["opinion"] += 3
        signals["opinion"].append(f"it gives its own view as “we” (“{urged.group(0)}”) and says what should be done, "
                                  "as an editorial does")
    signed = signature(text, article.paragraphs)
    if not editorial:  # a paper's "we" after a body's name urges the body; it does not speak as it
        release, release_signals = _publisher_signals(reading, first_person, quotes, sources, opinions, signed)
        scores["press-release"] += release
        signals["press-release"] += release_signals
    if any(DATELINE.match(p) for p in paragraphs[1:3]):
        scores["news"] += 1
        signals["news"].append("it carries a news site's dateline")
    if first_person["i"] >= 3 and len(opinions) >= 2 and not transcript and not address:
        scores["opinion"] += 2
        signals["opinion"].append("the writer speaks as “I” and gives their own judgements")
    honours = TRIBUTE.findall(_outside_quotes(text, quotes))
    if len(honours) >= 2 and first_person["i"] + first_person["we"] >= 2 and len(quotes) <= 2 and not transcript:
        scores["speech"] += 2.5
        signals["speech"].append(f"it honours someone in its own voice (“{honours[0]}”), as a tribute does")
    if signed and first_person["i"] >= 2 and not transcript:
        scores["opinion"] += 3
        signals["opinion"].append(f"it is signed by its writer, {signed.name}, {signed.post}")
    tagline = next((p.strip() for p in paragraphs[-2:] if len(p.split()) <= 30 and TAGLINE.match(p.strip())), "")
    if tagline and (first_person["i"] >= 2 or _describes_bylined_writer(tagline, paragraphs[:4]) and len(opinions) >= 2) \
            and not transcript:
        scores["opinion"] += 3
        signals["opinion"].append(f"it ends by saying who wrote it (“{tagline}”), as an opinion piece does")
    if len(opinions) >= max(3, 0.3 * len(article.sentences)) and not transcript:
        scores["opinion"] += 1.5
        signals["opinion"].append(f"{len(opinions)} sentences judge, predict or recommend with no source")
    checks = FACT_CHECK.findall(text)
    if checks:
        scores["fact-check"] += 1.5 * min(3, len(checks))
        signals["fact-check"].append(f"it rates a claim (“{checks[0]}”)")
    study = STUDY.findall(text)
    if len(study) >= 4:
        scores["study"] += min(3, len(study) / 3)
        signals["study"].append(f"it reports research (“{study[0]}”, {len(study)} such words)")
    explains = explainer_signs(reading, quotes)
    if len(explains) >= 3 and not transcript and not heading:
        scores["explainer"] += 2 + len(explains)
        signals["explainer"] += explains
        if address:  # a lesson or a broadcast greets its listeners, and stays an explainer
            scores["speech"] -= 2 + min(3, len(address))
            signals["explainer"].append(f"it greets its audience (“{address[0]}”), as a lesson or a broadcast does")
    unnamed = [s for s in sources if s.data["source_kind"] in ("unnamed", "vague", "passive")]
    named = [s for s in sources if s.data["source_kind"] in ("named-person", "named-organisation")]
    if len(unnamed) >= 2 and len(unnamed) >= len(named) and first_person["i"] < 3:  # a reporter does not say "I"
        scores["wire"] += 2
        signals["wire"].append(f"{len(unnamed)} of its claims rest on unnamed sources")
    if quotes:
        scores["news"] += 1
        signals["news"].append(f"it reports what {len({_who(q) for q in quotes})} sources said")
    best = max(KINDS, key=lambda k: (scores[k], -KINDS.index(k)))
    if scores[best] < 1.5:
        best = "news"
    turns = [f for f in facts if f.kind == "turn"]
    asked = sum(t.data["role"] == "interviewer" and bool(t.data["question"]) for t in turns)
    if best == "speech" and asked >= 2 and any(t.data["role"] == "interviewee" for t in turns):
        # A transcript whose thanks and greetings ("Thank you, Dr. Sato") read as a speech's: its
        # questions are the reporters', and its answers the guest's.
        return ArticleKind("interview", (*signals["interview"], f"{asked} of its turns are questions put to a guest who answers"))
    return ArticleKind(best, tuple(signals[best]))


def _publisher_signals(reading: Reading, first_person: dict[str, int], quotes: list[Fact], sources: list[Fact],
                       opinions: list[Fact], signed: Signature | None) -> tuple[float, list[str]]:
    """How strongly the text speaks for its own publisher, and what shows it. A heading
    ("FACT SHEET", "Press Statement", "Office of the Spokesperson") or a publisher named as
    the article's source settles it; a body announcing, praising or committing itself in
    the writer's own voice points to it; a writer speaking as "I" (an op-ed) or citing other
    news outlets (a report) points away from it."""
    article = reading.article
    text = _outside_quotes(reading.text, quotes)
    score, found = 0.0, []
    heads = [reading.text[p.start : p.end] for p in article.paragraphs[:5]]
    header = next((h for h in heads if len(h) <= 120 and HEADER.match(h.strip())), None)
    ends = [reading.text[p.start : p.end] for p in closing_paragraphs(article)]
    issued = next((line.strip() for line in heads + ends if len(line) <= 160 and issued_by(line.strip())), None)
    if issued and not header:
        header = issued  # "Issued by the Ministry of Health" settles it as a heading does
    byline = next((b for h in heads if (b := BYLINE.match(h.strip()))), None)
    if header or byline:
        score += 4
        found.append(f"it is headed as a release or statement (“{header.strip()}”)" if header
                     else f"its by-line names a body as the writer (“{byline.group(0)}”)")
    if article.source and not is_outlet(article.source) and ORGANISATION.search(article.source):
        score += 3
        found.append(f"it is published by {article.source}")
    boilerplate = BOILERPLATE.findall(reading.text)
    if boilerplate:
        score += 2
        found.append(f"it carries a release's boilerplate (“{boilerplate[0]}”)")
    end = next((line for line in (p.strip() for p in ends) if len(line) <= 200 and END_MATTER.match(line)), "")
    if end and not boilerplate:
        score += 1 if FOR_MORE.match(end) else 2
        found.append(f"it ends as a release does (“{end[:60]}”)")
    readout = [s for s in article.sentences if READOUT.match(s.text) and not _in_quote(s.start, quotes)]
    if len(readout) >= 3 and not any(q.data.get("direct") for q in quotes):
        score += 3
        found.append(f"it tells of an official's talks in their own office's words, quoting no one (“{readout[0].text[:60]}”)")
    own = own_people(quotes, reading.text)
    if own:
        score += 1.5
        found.append(f"the only people it quotes work for {'the ' if ORGANISATION.match(own) else ''}{own}")
    speaks_as_body = first_person["we"] and not first_person["i"]
    denial = next((found_ for sentence in article.sentences if not _in_quote(sentence.start, quotes)
                   for found_ in [rebuttal(sentence.text, lambda claim: speaks_as_body and ORGANISATION.search(claim))]
                   if found_), None)
    if denial:
        score += 3
        found.append(f"it answers reports about its own publisher (“{denial.group(0)[:60]}”)")
    announces = RELEASE.findall(text) + SELF_NAME.findall(text) + OFFICIAL_VOICE.findall(text)
    if announces:
        score += min(3, len(announces))
        found.append(f"it speaks for its publisher (“{announces[0].strip()}”)")
    if signed and first_person["i"] < 2:
        score += 3
        found.append(f"it is signed by {signed.name}, {signed.post}, as a statement is")
    ours = INSTITUTION_WE.findall(text) + TEAM.findall(text)
    if ours:
        score += min(2, len(ours))
        found.append(f"it calls its publisher “we” (“{(TEAM.search(text) or INSTITUTION_WE.search(text)).group(0)}”)")
    sentences = [sentence for sentence in article.sentences if not _in_quote(sentence.start, quotes)]
    we_after = next((b.text for a, b in zip(sentences, sentences[1:]) if a.paragraph == b.paragraph
                     and BODY_SUBJECT.match(a.text) and WE_SUBJECT.match(b.text)), "")
    if we_after:
        score += 2
        found.append(f"it names a body and then speaks as it, “we” (“{we_after.split(',')[0][:60]}”)")
    praise = [o for o in opinions if o.data.get("voice", "writer") == "writer" and SELF_NAME.search(o.text)]
    if praise:
        score += min(1.5, 0.75 * len(praise))
        found.append("it praises the work of the Administration in its own voice")
    if first_person["we"] >= 1 and first_person["i"] == 0 and score:
        score += 1  # "We are also monitoring": the publisher itself
    if not header and not byline:
        if first_person["i"] >= 3:
            score -= 3  # a writer speaking as "I": an op-ed or a speech, even by an official
        score -= 1.5 * min(2, sum(s.data["source_kind"] == "outlet" for s in sources))
        reported = REPORTED.search(reading.text)
        if reported:
            score -= 2  # a reporter tells what the body said: news about a statement, not the statement
            found.append(f"but it reports the body's words as a reporter does (“{reported.group(0)}”)")
    return max(0.0, score), found


def own_people(quotes: list[Fact], text: str) -> str:
    """The body that employs every person the text quotes directly, when it quotes three
    times or more from two people or more and all of them work for one body ("the company's
    chief operating officer", "chief executive of the Riverside Food Bank"); else ""."""
    direct = [q for q in quotes if q.data.get("direct")]
    names = {q.data["speaker"].get("name") for q in direct}
    if len(direct) < 3 or len(names) < 2 or None in names:
        return ""
    bodies, possessive = set(), ""
    for quote in direct:
        described = quote.data["speaker"].get("description") or ""
        own = OWN_POSSESSIVE.match(described)
        employer = EMPLOYER.search(described) if STAFF_POST.search(described) else None
        title = TITLE_ONLY.match(described)
        if title:  # "Transportation Secretary": of the Department of Transportation; "Deputy Secretary": of whichever
            field = title.group("field") and re.search(rf"\b(?:Department|Ministry|Agency|Office|Bureau) (?:of|for) (?:the )?"
                                                      rf"{re.escape(title.group('field'))}\b", text)
            if title.group("field") and not field:
                return ""
            if field:
                bodies.add(field.group(0))
        elif own:
            possessive = "the " + own.group(0).strip().removeprefix("the ").rstrip("'’s").rstrip("'’")
        elif employer:
            bodies.add(employer.group("of") or employer.group("before"))
        else:
            return ""
    # The body must be the text's subject: named three times, or once in full and then by its head word ("the Department").
    if len(bodies) > 1 or bodies and text.count(next(iter(bodies))) < 3 and text.count(
            re.split(r" (?:of|for) ", next(iter(bodies)))[0]) < 3:
        return ""
    return next(iter(bodies), possessive)


def _outside_quotes(text: str, quotes: list[Fact]) -> str:
    """The text with its direct quotations blanked out: what is said in the writer's own voice."""
    chars = list(text)
    for quote in quotes:
        if quote.data.get("direct"):
            chars[quote.start : quote.end] = " " * (quote.end - quote.start)
    return "".join(chars)


def _who(fact: Fact) -> str:
    speaker = fact.data["speaker"]
    return speaker.get("name") or speaker.get("description") or ""


def _first_person_outside_quotes(reading: Reading, quotes: list[Fact]) -> dict[str, int]:
    spans = [(q.start, q.end) for q in quotes if q.data.get("direct")]
    counts = {"i": 0, "we": 0}
    for token in reading.tokens:
        lower = token.text.lower()
        if lower in ("i", "we", "my", "our", "me", "us") and token.pos == "PRON":
            if not any(s <= token.start < e for s, e in spans):
                counts["i" if lower in ("i", "my", "me") else "we"] += 1
    return counts


# A by-line of a person: "By Tom Whitaker".
PERSON_BYLINE = re.compile(r"^By ((?:[A-Z][\w.’'-]+\s+){1,3}[A-Z][\w’'-]+)$")
# A reporter's closing line ("Jane Doe is a staff reporter ...") describes the one who reported, not a columnist.
REPORTER_POST = re.compile(r"\b(?:reporter|correspondent|staff writer|news (?:editor|writer)|contributed)\b", re.IGNORECASE)


def _describes_bylined_writer(tagline: str, heads: list[str]) -> bool:
    """Whether the closing line describes the writer the by-line names ("By Tom Whitaker" ...
    "Tom Whitaker is the Courier's football writer ..."): a columnist who argues without "I"
    is introduced so, and a reporter's story is not."""
    names = [found.group(1) for head in heads if (found := PERSON_BYLINE.match(head.strip()))]
    return any(tagline.startswith(f"{name} ") for name in names) and not REPORTER_POST.search(tagline)


def _in_quote(at: int, quotes: list[Fact]) -> bool:
    return any(q.start <= at < q.end for q in quotes if q.data.get("direct"))


def issued_by(line: str) -> str:
    """The body a line names as the text's publisher ("Issued by the Ministry of Health" ->
    "Ministry of Health"); a name with a body's word in it or an acronym; else ""."""
    found = ISSUED.match(line)
    name = found and (found.group("by") or found.group("office"))
    return name if name and (ORGANISATION.search(name) or re.fullmatch(r"[A-Z]{2,}", name)) else ""
