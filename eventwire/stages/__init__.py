"""Pipeline stages, one module each. Each registers itself with :func:`eventwire.pipeline.register_stage`."""
