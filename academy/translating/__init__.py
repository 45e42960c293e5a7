"""The translation workspace: what there is to translate in each language, and in
what state (missing, out of date, current), with the source each translation was
made from so that "out of date" is exact."""
