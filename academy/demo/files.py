import tomllib
from pathlib import Path


def read_toml(path: Path) -> dict:
    """One of the demo's data files. Each app keeps them in `demo/data/`, beside its loader,
    so translators edit text, not Python."""
    with path.open("rb") as file:
        return tomllib.load(file)
