"""Lexicons for reported speech: cue verbs, channel nouns, speaker-like nouns."""

from __future__ import annotations

# Verbs that introduce what someone said, wrote or holds (lemmas). A cue only yields a quote when
# it has content: a clausal complement, an adjacent quotation, or a reported main clause.
SPEECH_VERBS: frozenset[str] = frozenset(
    [
        "say", "tell", "add", "state", "claim", "announce", "insist", "argue", "note", "explain", "warn",
        "write", "report", "reply", "respond", "answer", "deny", "acknowledge", "admit", "allege", "assert",
        "contend", "declare", "stress", "emphasize", "emphasise", "suggest", "predict", "promise",
        "confirm", "concede", "conclude", "complain", "recall", "reveal", "testify", "tweet", "post",
        "quip", "joke", "remark", "observe", "maintain", "mention", "comment", "vow", "pledge", "urge",
        "caution", "indicate", "disclose", "estimate", "speculate", "reiterate", "repeat", "retort",
        "counter", "boast", "brag", "charge", "hint", "lament", "shout", "scream", "yell", "whisper",
        "exclaim", "proclaim", "assure", "reassure", "advise", "inform", "notify", "recount", "describe",
        "guarantee", "swear", "affirm", "reaffirm", "accuse", "threaten", "demand", "ask", "wonder",
        "query", "question", "learn", "hear", "read", "show", "find", "reckon", "believe", "feel", "know",
        "hope", "fear", "worry", "expect", "doubt", "suspect", "agree", "disagree", "recognize",
        "recognise", "understand", "realize", "realise", "forecast", "project"
    ]
)

# Verbs whose content is accepted only as a that-/wh-clause or a quotation (not a bare
# paratactic clause), because they are often used without reporting anything.
WEAK_VERBS: frozenset[str] = frozenset(
    [
        "learn", "hear", "read", "show", "find", "know", "understand", "realize", "realise", "recognize",
        "recognise", "feel", "hope", "fear", "worry", "expect", "doubt", "suspect", "agree", "disagree",
        "wonder", "question", "ask", "demand", "threaten", "accuse", "charge", "reckon", "describe"
    ]
)

# Verbs that need a that-clause; a bare object clause is too often not speech ("I know him").
NEEDS_COMPLEMENTIZER: frozenset[str] = frozenset({"know", "find", "show", "learn", "hear", "read", "understand"})

# Nouns naming a medium or occasion of speech: "in a statement", "by telephone", "on Twitter".
CHANNEL_NOUNS: frozenset[str] = frozenset(
    [
        "statement", "interview", "editorial", "op-ed", "oped", "column", "article", "essay", "letter",
        "speech", "address", "remark", "remarks", "telephone", "phone", "call", "email", "e-mail", "tweet",
        "tweets", "twitter", "facebook", "instagram", "post", "posts", "blog", "podcast", "broadcast",
        "television", "tv", "radio", "show", "programme", "program", "conference", "briefing", "news",
        "release", "communique", "communiqué", "message", "video", "appearance", "hearing", "rally",
        "debate", "testimony", "memo", "report", "note", "op", "account", "website", "page", "channel",
        "press", "newspaper", "magazine"
    ]
)

# Prepositions that introduce a channel phrase.
CHANNEL_PREPS: frozenset[str] = frozenset({"in", "on", "by", "via", "during", "through", "over", "at", "to", "with"})

# Heads of speaker noun phrases that are documents rather than people: the actor behind them is the
# possessor or the organisation named inside ("a statement on the Taliban's account").
DOCUMENT_NOUNS: frozenset[str] = frozenset(
    [
        "statement", "report", "study", "poll", "survey", "tweet", "post", "message", "communique",
        "communiqué", "letter", "memo", "document", "release", "filing", "complaint", "lawsuit", "ruling",
        "order", "announcement", "account", "website", "article", "editorial", "column", "analysis",
        "paper", "data"
    ]
)

# Descriptions that can stand for an earlier-mentioned person ("the man who …").
PERSON_DESCRIPTION_NOUNS: frozenset[str] = frozenset(
    [
        "man", "woman", "boy", "girl", "guy", "lady", "gentleman", "person", "father", "mother", "son",
        "daughter"
    ]
)

MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "themselves"})
NEUTER_PRONOUNS = frozenset({"it", "its", "itself"})
FIRST_PERSON = frozenset({"i", "we", "me", "us"})
SPEAKER_PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS | PLURAL_PRONOUNS | NEUTER_PRONOUNS

MALE_WORDS = frozenset(["man", "boy", "guy", "gentleman", "father", "son", "brother", "husband", "king", "mr", "mr.", "sir"])
FEMALE_WORDS = frozenset(["woman", "girl", "lady", "mother", "daughter", "sister", "wife", "queen", "mrs", "mrs.", "ms", "ms.", "miss"])

# Verbs whose object is what is said, supported or attacked ("Trump criticized *the deal*",
# "called *the system rotten*"): the content is the verb's complements to its right.
OBJECT_CUES: frozenset[str] = frozenset(
    [
        "call", "criticize", "note", "report", "detail", "outline", "list", "point", "criticise", "describe", "endorse", "accuse", "defend", "discuss", "express",
        "back", "cite", "praise", "mention", "urge", "propose", "oppose", "name", "attack", "question",
        "denounce", "echo", "dismiss", "highlight", "blame", "mock", "thank", "challenge", "reject",
        "prefer", "emphasize", "emphasise", "announce", "confirm", "deny", "claim", "reveal", "tweet",
        "recall", "remind", "repeat", "tout", "slam", "blast", "condemn", "applaud", "commend", "welcome",
        "hail", "decry", "lambaste", "ridicule", "insult", "label", "dub", "brand", "term", "characterize",
        "characterise", "acknowledge", "admit", "predict", "recommend", "demand", "request", "promise",
        "pledge", "vow", "estimate", "dispute", "contest", "disavow", "disparage", "fault", "rebuke",
        "scold", "chide", "reiterate", "stress", "say", "show",
        # attitudes and stances whose object is what is held, wanted or backed ("wants *a wall*",
        # "supports *Clinton*", "sees *Cruz as a uniter*", "offered *his assessment*")
        "want", "support", "view", "regard", "consider", "favor", "favour", "like",
        "love", "hate", "share", "address", "rebut", "portray", "assail",
        "recite", "imply", "identify", "deem", "nominate", "persuade", "introduce", "tout",
        "champion", "pan", "dislike", "trust", "distrust", "admire", "mourn", "celebrate",
    ]
)

# Verbs whose infinitival complement is the content ("vowed *to fight on*").
XCOMP_CUES: frozenset[str] = frozenset(
    [
        "expect", "vow", "refuse", "decline", "pledge", "promise", "seek", "plan", "agree", "hope",
        "threaten", "urge", "ask", "intend", "aim", "swear", "demand", "claim", "want", "wish", "prefer", "choose",
    ]
)

# (verb, preposition) pairs whose object is the content ("called *for a ban*", "talked *about X*").
PREP_CUES: frozenset[tuple[str, str]] = frozenset(
    {
        ("call", "for"), ("call", "on"), ("call", "upon"),
        ("focus", "on"), ("refer", "to"), ("respond", "to"), ("point", "to"), ("boast", "about"),
        ("joke", "about"), ("warn", "of"), ("warn", "about"), ("warn", "against"), ("worry", "about"),
        ("complain", "about"), ("comment", "on"), ("argue", "for"), ("argue", "against"), ("push", "for"),
        ("advocate", "for"), ("appeal", "for"), ("testify", "about"), ("write", "about"), ("tweet", "about"),
        ("ask", "for"), ("ask", "about"), ("apologize", "for"), ("insist", "on"), ("reflect", "on"),
        ("elaborate", "on"), ("rail", "against"), ("brag", "about"),
        ("campaign", "for"), ("campaign", "against"), ("lobby", "for"), ("fight", "for"),
        ("reply", "to"), ("react", "to"), ("speak", "about"), ("speak", "of"), ("speak", "on"),
        ("talk", "about"), ("talk", "of"), ("vote", "for"), ("vote", "against"),
        ("weigh", "in"), ("hope", "for"), ("wish", "for"), ("care", "about"), ("agree", "with"), ("blame", "for"), ("criticize", "for"), ("praise", "for"),
    }
)

# Nouns that report what someone said or holds ("Trump's call *for a ban*", "his claim *that …*").
NOUN_CUES: frozenset[str] = frozenset(
    [
        "claim", "statement", "assertion", "allegation", "call", "accusation", "warning", "suggestion",
        "argument", "promise", "pledge", "vow", "remark", "comment", "admission", "denial", "insistence",
        "announcement", "criticism", "demand", "request", "proposal", "threat", "plea", "endorsement",
        "charge", "contention", "prediction", "assurance", "complaint", "appeal", "condemnation",
        # stances and attitudes with their object ("his support for X", "her view that …")
        "support", "opposition", "backing", "belief", "concern", "fear", "hope", "question",
        "praise", "defense", "defence", "rejection", "refusal", "assessment", "critique", "opinion",
        "position", "stance", "suspicion", "doubt", "confidence", "skepticism", "disdain", "contempt",
        "admiration", "dismissal", "acknowledgment", "acknowledgement", "explanation", "reference",
        "recommendation", "objection", "disapproval", "approval",
    ]
)

# Verbs that report a view only with an "as" predicate ("critics see *the deal as a giveaway*").
AS_CUES: frozenset[str] = frozenset(
    ["see", "cast", "paint", "depict", "frame", "treat", "present", "position", "picture", "envision"]
)

# Verbs of thinking whose clausal complement is the content ("voters think *the economy …*").
THINK_VERBS: frozenset[str] = frozenset(["think", "figure", "assume", "presume", "guess", "imagine", "suppose", "conclude"])

# Adjectives that report a stance of their subject ("is confident *that …*", "critical *of X*").
ADJ_CUES: frozenset[str] = frozenset(
    [
        "confident", "critical", "supportive", "skeptical", "sceptical", "wary", "optimistic",
        "pessimistic", "sure", "certain", "convinced", "concerned", "worried", "hopeful", "proud",
        "angry", "upset", "happy", "glad", "eager", "opposed", "aware", "adamant", "insistent",
        "doubtful", "fearful", "afraid", "dismissive", "complimentary", "enthusiastic", "excited",
        "frustrated", "unhappy", "pleased", "disappointed", "furious", "clear", "open", "silent",
        "vocal", "outspoken", "comfortable", "uncomfortable", "positive", "negative", "bullish",
        "bearish", "determined", "unsure", "uncertain",
    ]
)
