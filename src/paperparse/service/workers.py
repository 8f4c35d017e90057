"""The service's worker pool is `paperparse.isolation.WorkerPool`, shared with the batch.

Extraction runs in long-lived worker processes so a PDF that hangs or crashes the engine is abandoned:
the worker is killed and replaced, and the server keeps answering. `WorkerPool.run` never queues: a
caller that finds no idle worker gets PoolBusy at once (503); TaskTimeout is 504, WorkerCrashed 500.
"""

from paperparse.isolation import PoolBusy, TaskTimeout, WorkerCrashed, WorkerPool

__all__ = ["PoolBusy", "TaskTimeout", "WorkerCrashed", "WorkerPool"]
