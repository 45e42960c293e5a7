"""No template, email or translatable string names a role with a literal word: every
role word must come from the terminology API, in the community's own words."""

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ROLE_WORDS = re.compile(
    r"\b(leaders?|leadership|mentors?|mentees?|mentoring|learners?|facilitators?|coordinators?)\b",
    re.IGNORECASE,
)
GETTEXT_CALLS = {
    "_",
    "gettext",
    "gettext_lazy",
    "ngettext",
    "ngettext_lazy",
    "pgettext",
    "pgettext_lazy",
}
# Data, not interface: the built-in roles' English defaults, and the demo's CMS content
# and community words, which people wrote and can change.
PYTHON_EXCLUDED = {"academy/builtin_roles.py"}
PYTHON_EXCLUDED_DIRS = ("migrations", "demo")

TEMPLATE_COMMENT = re.compile(r"{#.*?#}|{%\s*comment\s*%}.*?{%\s*endcomment\s*%}", re.DOTALL)
TRANSLATE_TAG = re.compile(r"{%\s*(?:translate|trans)\s+(\"[^\"]*\"|'[^']*')")
ANY_TAG = re.compile(r"{%.*?%}|{{.*?}}", re.DOTALL)


def template_texts(path):
    source = TEMPLATE_COMMENT.sub("", path.read_text())
    texts = [match.strip("\"'") for match in TRANSLATE_TAG.findall(source)]
    texts.append(ANY_TAG.sub(" ", source))  # text between tags, blocktranslate bodies included
    return texts


def python_texts(path):
    texts = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Call):
            name = getattr(node.func, "id", getattr(node.func, "attr", None))
            if name in GETTEXT_CALLS:
                texts += [
                    arg.value
                    for arg in node.args
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                ]
    return texts


def template_files():
    return sorted((ROOT / "templates").rglob("*.html")) + sorted(
        (ROOT / "templates").rglob("*.txt")
    )


def python_files():
    for app in ("academy", "cohorts", "mentoring"):
        for path in sorted((ROOT / app).rglob("*.py")):
            relative = path.relative_to(ROOT).as_posix()
            if relative in PYTHON_EXCLUDED or any(
                part in PYTHON_EXCLUDED_DIRS for part in path.parts
            ):
                continue
            yield path


def offences(files, extract, root=ROOT):
    return [
        f"{path.relative_to(root)}: {match.group(0)!r} in {text.strip()[:80]!r}"
        for path in files
        for text in extract(path)
        for match in ROLE_WORDS.finditer(text)
    ]


def test_templates_and_emails_name_no_role_literally():
    assert offences(template_files(), template_texts) == []


def test_translatable_python_strings_name_no_role_literally():
    assert offences(python_files(), python_texts) == []


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ('<p>{% translate "Find a mentor" %}</p>', ["'mentor'"]),
        ("{% blocktranslate %}Our learners{% endblocktranslate %}", ["'learners'"]),
        ("<h2>Coordinators</h2>", ["'Coordinators'"]),
        ('<p>{% term "mentor" count=2 %}</p>', []),
        ("{# a leader comment is fine #}", []),
    ],
)
def test_the_scan_itself_catches_literals(tmp_path, source, expected):
    (tmp_path / "t.html").write_text(source)
    found = offences([tmp_path / "t.html"], template_texts, root=tmp_path)
    assert [line.split(": ", 1)[1].split(" in ")[0] for line in found] == expected
