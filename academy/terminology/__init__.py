"""Role terminology: each community's words for its roles, in its own language.

    from academy.terminology import term, term_cap

`resolve` holds the term API, `grammar` the CLDR plural rules, `rules` who may edit,
`services` every change to the words, `views` and `urls` the "Words we use" pages."""

from academy.terminology.resolve import role_description, role_keys, term, term_cap

__all__ = ["role_description", "role_keys", "term", "term_cap"]
