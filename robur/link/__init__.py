"""Objects, the content-addressed build cache, and static linking."""
from .cache import BuildCache, compiler_digest, digest

__all__ = ["BuildCache", "compiler_digest", "digest"]
