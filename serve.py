"""Start the WSIS Lens server: `python serve.py [streamlit options]`.

The views live in `pages/` and are declared with `st.navigation` in app.py. Streamlit also
treats a folder named `pages/` as a legacy multipage app until the first `st.navigation`
call of the process, so the first visitor after a start who opens a deep link would get a
"Page not found" dialog. Declaring the app navigation-only before the server starts
removes that first-run difference; everything else is `streamlit run app.py`.
"""

import sys
from pathlib import Path

from streamlit.runtime.pages_manager import PagesManager
from streamlit.web import cli

if __name__ == "__main__":
    PagesManager.uses_pages_directory = False
    app = Path(__file__).resolve().parent / "app.py"
    sys.argv = ["streamlit", "run", str(app), *sys.argv[1:]]
    sys.exit(cli.main())
