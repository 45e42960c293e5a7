"""Tables of a term's forms: a row per grammatical gender, a cell per plural category.

The words page, the proposal page, the edit form and the comparison of two
revisions all lay out forms this way; `by_gender` is the one place that groups them."""

from academy.terminology.models import Gender


def by_gender(slots, cell):
    """[(gender, gender label, [cell(gender, category), …]), …] in the slots' order."""
    labels = dict(Gender.choices)
    rows = {}
    for gender, category in slots:
        rows.setdefault(gender, []).append(cell(gender, category))
    return [(gender, labels.get(gender, gender), cells) for gender, cells in rows.items()]


def word_in(forms, gender, category):
    return (forms.get(gender) or {}).get(category, "")


def forms_table(forms, slots):
    """Cells of (category, word)."""
    return by_gender(slots, lambda gender, category: (category, word_in(forms, gender, category)))


def changes_table(old_forms, new_forms, slots):
    """Cells of {category, old, new, changed}, for comparing two revisions."""

    def cell(gender, category):
        old, new = word_in(old_forms, gender, category), word_in(new_forms, gender, category)
        return {"category": category, "old": old, "new": new, "changed": old != new}

    return by_gender(slots, cell)


def by_category(table):
    """The same table turned a quarter: a row per category, a column per gender, so that a
    language with six categories and three genders still fits a phone with whole words.
    Returns ([gender labels], [(category, [word per gender]), …])."""
    if not table:
        return [], []
    labels = [label for _gender, label, _cells in table]
    categories = [category for category, _word in table[0][2]]
    rows = [
        (category, [dict(cells).get(category, "") for _gender, _label, cells in table])
        for category in categories
    ]
    return labels, rows
