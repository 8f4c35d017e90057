"""paperparse as an HTTP service (`paperparse serve`): GROBID-compatible API, native JSON, a viewer.

Needs the `service` extra: pip install 'paperparse[service]'.
"""

from paperparse.service.app import create_app, serve

__all__ = ["create_app", "serve"]
