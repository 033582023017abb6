"""A generated corpus of dirty inputs (nothing copied from anywhere): name → bytes."""

from __future__ import annotations

import random

LEAD = (
    "Police Clash With Protesters\nNAIROBI - Police fired tear gas at protesters in Nairobi on Tuesday, "
    "witnesses said. \"We will not stop,\" said one organiser.\n"
)


def corpus(big: bool = True) -> dict[str, bytes]:
    rng = random.Random(1234)
    words = ["police", "army", "village", "market", "fired", "attacked", "said", "rebels", "town", "near"]
    items: dict[str, bytes] = {
        "empty": b"",
        "whitespace_only": b" \n\t\r\n   \n",
        "nul_bytes": b"Police said\x00\x00\x00 the attack\x00 happened.",
        "binary_png": bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) + bytes(rng.randrange(256) for _ in range(4000)),
        "latin1_not_utf8": "Le président a déclaré que l'armée était prête.".encode("latin-1"),
        "utf8_bom": b"\xef\xbb\xbf" + LEAD.encode(),
        "utf16_bom": LEAD.encode("utf-16"),
        "utf16le_no_bom": LEAD.encode("utf-16-le"),
        "utf16_odd_length": LEAD.encode("utf-16-le") + b"x",
        "long_line_no_spaces": (LEAD + "".join(random.Random(7).choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(45_000))
                                + "\n").encode(),
        "mojibake": (
            "lucknow: the police arrested two men on saturday, officials said. â€œwe will act,â€ "
            "the officer said. thereâ€™s no curfew in the city, the district magistrate said.\n"
        ).encode(),
        "rtl_arabic": (
            "اشتبكت الشرطة مع المتظاهرين في العاصمة يوم الثلاثاء وقال شهود إن قوات الأمن أطلقت الغاز المسيل "
            "للدموع على المحتجين الذين تجمعوا أمام مبنى البرلمان للمطالبة بالإفراج عن المعتقلين السياسيين "
            "وقال متحدث باسم وزارة الداخلية إن عشرة أشخاص اعتقلوا خلال المواجهات"
        ).encode(),
        "rtl_mixed_in_english": (LEAD + "The banner read \u202eنريد العدالة\u202c and \u200fمرحبا.\n").encode(),
        "non_english_german": (
            "Die Polizei hat am Dienstag in der Hauptstadt Tränengas gegen Demonstranten eingesetzt, wie "
            "Augenzeugen berichteten. Die Regierung kündigte an, dass die Gespräche mit der Opposition in "
            "der kommenden Woche fortgesetzt werden sollen, obwohl die Proteste weitergehen."
        ).encode(),
        "unclosed_quotes": (LEAD + '"They attacked us at dawn, said the elder.\n"And then\n“more “nested ‘marks\n' * 20).encode(),
        "only_quote_marks": ('"' * 500 + "“”‘’«»" * 100).encode(),
        "control_chars": (LEAD + "\x07\x08\x1b[31m coloured\x1b[0m text\x0c\x0b.\n").encode(),
        "surrogate_like_escapes": (LEAD + "\\ud800 and \\udfff literal escapes.\n").encode(),
        "emoji_and_zwj": (LEAD + "Protesters 👩‍👩‍👧‍👦🔥✊🏿 marched. Zero\u200bwidth\u200djoiners.\n").encode(),
        "one_word": b"Attack",
        "numbers_only": ("1234567890 " * 200).encode(),
        "markdown_html_as_text": (LEAD + "<div><p>Police <b>fired</b></p></div> **bold** [link](x)\n").encode(),
    }
    if big:
        filler = " ".join(rng.choice(words) for _ in range(170_000))
        items["one_mb_single_line"] = filler[:1_000_000].encode()
        items["ten_thousand_unpunctuated_sentences"] = "\n".join(
            " ".join(rng.choice(words) for _ in range(8)) for _ in range(10_000)
        ).encode()
        items["fifty_mb_text"] = (LEAD * (50 * 1024 * 1024 // len(LEAD) + 1)).encode()[: 50 * 1024 * 1024]
    return items
