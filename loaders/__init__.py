"""Where text becomes facts: reading, normalising and extracting from documents.

The public entry points are `loaders.pipeline.Pipeline` (one document at a time)
and `loaders.pipeline.pipe` (batches, optionally across processes).
"""
