"""The core package never imports streamlit: checked on the source and in a fresh interpreter."""

import ast
import subprocess
import sys
from pathlib import Path

from wsislens.paths import REPO_ROOT

CORE = REPO_ROOT / "wsislens"


def _imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_no_core_module_imports_streamlit():
    offenders = [
        str(p.relative_to(REPO_ROOT)) for p in CORE.rglob("*.py") if "streamlit" in _imported_modules(p)
    ]
    assert offenders == []


def test_importing_the_core_does_not_load_streamlit():
    modules = [f"wsislens.{p.stem}" for p in CORE.glob("*.py") if p.stem not in ("__main__",)]
    code = "import sys\n" + "".join(f"import {m}\n" for m in modules) + "print('streamlit' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO_ROOT, check=True
    )
    assert result.stdout.strip() == "False"
