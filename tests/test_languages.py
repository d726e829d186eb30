"""Articles not in English: the language is detected from the text, the summary is made, and quotes are left out.

The German, Russian and Japanese articles below were written for these tests
(fictional towns and people).  Each has direct quotations attributed the way
that language does it, so a pipeline that ran the English quote patterns on
them would show quotes with invented speakers.
"""

from __future__ import annotations

import json
import re

import pytest
from slack_sdk.models.blocks import Block

from bot.brief import Brief, count_words
from bot.cli import format_brief
from bot.config import FetchConfig, Settings
from bot.extract import extract_article
from bot.language import QUOTES_UNAVAILABLE_NOTE, detect_language, normalise_code, quotes_supported
from bot.nlp import load_sentencizer, parse_paragraphs, sentences
from bot.pipeline import Pipeline
from bot.summarise import make_summariser
from handlers.render import render_brief

GERMAN_TITLE = "Neue Fähre für Seedorf"
GERMAN_PARAGRAPHS = (
    (
        "Der Gemeinderat von Seedorf hat am Dienstag beschlossen, ab dem Frühjahr eine elektrische Fähre über"
        " den See fahren zu lassen. Die Verbindung soll Pendler bzw. Schüler in zwanzig Minuten an das andere"
        " Ufer bringen, statt wie bisher in einer Stunde über die Landstraße."
    ),
    (
        "„Wir haben lange genug auf eine verlässliche Verbindung gewartet“, sagte Bürgermeisterin Anna Kremer"
        " nach der Abstimmung. „Jetzt können Familien auf beiden Seiten endlich planen.“"
    ),
    (
        "Die Kosten von rund vier Millionen Euro tragen das Land und die Gemeinde gemeinsam. Kritiker im Rat "
        "hielten die Summe für zu hoch und verlangten, zuerst die alte Anlegestelle zu sanieren."
    ),
    (
        "„Das Geld fehlt am Ende bei den Schulen“, sagte Stadtrat Peter Vogt. Die Mehrheit folgte ihm jedoch "
        "nicht, und der Beschluss fiel mit elf zu vier Stimmen."
    ),
    (
        "Die ersten Probefahrten sind für März geplant. Der Betreiber will bis zum Sommer einen festen "
        "Fahrplan veröffentlichen und die Preise an die der Busse anpassen."
    ),
)
GERMAN = GERMAN_TITLE + "\n\n" + "\n\n".join(GERMAN_PARAGRAPHS)

RUSSIAN_TITLE = "Новый паром для Озёрска"
RUSSIAN_PARAGRAPHS = (
    (
        "Городской совет Озёрска во вторник решил запустить весной электрический паром через озеро. Дорога до"
        " другого берега займёт двадцать минут вместо часа по объездной трассе."
    ),
    (
        "«Мы слишком долго ждали надёжной переправы», — сказала мэр города Анна Крылова после голосования. "
        "«Теперь семьи на обоих берегах смогут спокойно планировать свой день»."
    ),
    (
        "Расходы в размере около четырёх миллионов рублей поделят область и город. Часть депутатов сочла "
        "сумму слишком большой и потребовала сначала отремонтировать старый причал."
    ),
    (
        "«Эти деньги в итоге не получат школы», — заявил депутат Пётр Волков. Однако большинство его не "
        "поддержало, и решение приняли одиннадцатью голосами против четырёх."
    ),
    (
        "Первые пробные рейсы запланированы на март. До лета перевозчик обещает опубликовать постоянное "
        "расписание и согласовать цены с автобусами."
    ),
)
RUSSIAN = RUSSIAN_TITLE + "\n\n" + "\n\n".join(RUSSIAN_PARAGRAPHS)

JAPANESE_PARAGRAPHS = [
    "みなと町の議会は火曜日、湖を渡る電気フェリーを春から運航することを決めた。",
    "これまで車で一時間かかっていた対岸まで、フェリーなら二十分で行けるようになる。",
    "「私たちは長い間、安心して使える交通手段を待っていました。」と町長の山田花子さんは話した。",
    "費用はおよそ四億円で、県と町が半分ずつ負担する。一部の議員は金額が大きすぎると反対し、古い桟橋の修理を先にするべきだと主張した。",
    "最初の試験運航は三月に予定されている。運航会社は夏までに時刻表を発表し、料金をバスと同じにする方針だ。",
    "住民の多くは新しいフェリーに期待しており、通勤や通学がずっと楽になると話している。",
]

ENGLISH_TITLE = "Ferry for Lakeside"
ENGLISH_PARAGRAPHS = (
    (
        "The council of Lakeside voted on Tuesday to run an electric ferry across the lake from the spring. "
        "The crossing will take twenty minutes instead of an hour on the ring road."
    ),
    (
        '"We have waited long enough for a crossing we can rely on," said Anna Kramer, the mayor of Lakeside,'
        ' after the vote. "Families on both shores can finally plan their days."'
    ),
    (
        "The region and the town will share the cost of about four million pounds. Some councillors said the "
        "sum was too high and asked for the old jetty to be repaired first."
    ),
    (
        '"That money will be missing from our schools in the end," said Peter Vogt, a councillor. The '
        "majority did not follow him, and the motion passed by eleven votes to four."
    ),
)
ENGLISH = ENGLISH_TITLE + "\n\n" + "\n\n".join(ENGLISH_PARAGRAPHS)


def _split(article: str) -> tuple[str, str]:
    title, _, body = article.partition("\n\n")
    return title, body


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    summariser = make_summariser(Settings.from_env({}).summary)
    return Pipeline(fetch_config=FetchConfig(), summariser=summariser)


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _rendered(brief: Brief) -> str:
    return json.dumps(render_brief(brief), ensure_ascii=False)


@pytest.mark.parametrize(("article", "language"), [(GERMAN, "de"), (RUSSIAN, "ru")])
def test_non_english_article_is_summarised_without_quotes(pipeline: Pipeline, article: str, language: str):
    title, body = _split(article)
    brief = pipeline.brief_text(body, title=title)
    assert brief.language == language
    assert brief.title == title
    assert len(brief.summary) == 3
    for sentence in brief.summary:
        assert _squash(sentence) in _squash(body)  # verbatim
        assert sentence.rstrip().endswith((".", "»", "“"))  # whole sentences, not fragments
    assert brief.quotes == () and brief.key_quotes == () and brief.speakers == ()
    rendered = _rendered(brief)
    assert QUOTES_UNAVAILABLE_NOTE in rendered
    for block in render_brief(brief)["blocks"]:
        Block.parse(block).validate_json()  # raises on a block Slack would refuse
    assert "Key quotes" not in rendered and "Who is quoted" not in rendered
    terminal = format_brief(brief)  # `briefbot brief` says it too
    assert QUOTES_UNAVAILABLE_NOTE in terminal and "Key quotes" not in terminal


def test_german_abbreviation_does_not_cut_a_summary_sentence(pipeline: Pipeline):
    title, body = _split(GERMAN)
    brief = pipeline.brief_text(body, title=title)
    assert not any(sentence.endswith("bzw.") for sentence in brief.summary)
    assert any("Pendler bzw. Schüler" in sentence for sentence in brief.summary)


def test_english_article_keeps_its_quotes_and_no_note(pipeline: Pipeline):
    title, body = _split(ENGLISH)
    brief = pipeline.brief_text(body, title=title)
    assert brief.language == "en"
    assert {q.speaker for q in brief.quotes} >= {"Anna Kramer", "Peter Vogt"}
    assert QUOTES_UNAVAILABLE_NOTE not in _rendered(brief)


def test_the_text_overrides_a_wrong_html_lang():
    title, body = _split(GERMAN)
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    html = f'<html lang="en"><head><title>{title}</title></head><body><article><h1>{title}</h1>{paragraphs}'
    html += "</article></body></html>"
    assert extract_article(html, url="https://seedorf.example/faehre").language == "de"


def test_japanese_page_is_long_enough_and_split_into_sentences(pipeline: Pipeline):
    paragraphs = "".join(f"<p>{p}</p>" for p in JAPANESE_PARAGRAPHS)
    html = (
        f'<html lang="ja"><head><title>新しいフェリー</title></head><body><article>{paragraphs}</article></body></html>'
    )
    article = extract_article(html, url="https://minato.example/ferry")  # not refused as thin: no spaces ≠ no words
    assert article.language == "ja"
    assert article.word_count >= 80
    brief = pipeline.brief_article(article)
    assert len(brief.summary) == 3
    assert all(s.endswith("。") and not s.startswith("と") for s in brief.summary), brief.summary
    assert all(s in "".join(JAPANESE_PARAGRAPHS) for s in brief.summary)
    assert brief.key_quotes == ()


def test_detection_rules():
    english = "The council voted on Tuesday to run an electric ferry across the lake from the spring."
    assert detect_language(english, declared="de") == "en"  # confident text wins over the declaration
    assert detect_language(_split(RUSSIAN)[1], declared="en-US") == "ru"
    assert detect_language("Ja.", declared="de-AT") == "de"  # too little text: the declaration decides
    assert detect_language("", declared=None) is None
    assert normalise_code("pt_BR") == "pt" and normalise_code("EN-gb") == "en" and normalise_code("") is None
    assert quotes_supported("en") and quotes_supported(None) and not quotes_supported("ru")


def test_sentence_splitters_per_language():
    def split(language: str, text: str) -> list[str]:
        return sentences(parse_paragraphs([text], nlp=load_sentencizer(language)))

    assert split("de", "Er kam am 3. Oktober, d. h. spät. Dann ging er.") == [
        "Er kam am 3. Oktober, d. h. spät.",
        "Dann ging er.",
    ]
    assert split("ja", "晴れです。「本当？」雨です") == ["晴れです。", "「本当？」", "雨です"]
    assert split("ja", "「行きます。」と彼は言った。次だ。") == ["「行きます。」と彼は言った。", "次だ。"]
    assert split("ar", "ذهب الولد إلى المدرسة. ثم عاد؟ نعم.") == ["ذهب الولد إلى المدرسة.", "ثم عاد؟", "نعم."]
    assert split("zz", "One. Two.") == ["One.", "Two."]  # unknown to spaCy: the multi-language rules


def test_counting_words_in_scripts_without_spaces():
    assert count_words("two words") == 2
    assert count_words("湖を渡る") == 2  # four characters, two per word
    assert count_words("Kindle 書籍") == 2


def test_a_japanese_sentence_is_not_too_short_for_a_summary_for_lack_of_spaces():
    from bot.summarise import _is_weak

    assert not _is_weak("これまで車で一時間かかっていた対岸まで、フェリーなら二十分で行けるようになる。")
    assert _is_weak("また、その他にも。")  # four characters and a comma: too short
    assert _is_weak("It was late.") and not _is_weak("The ferry will run every hour from the spring.")
