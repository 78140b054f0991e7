# Device-only: with PROF_DIR set, every Python process (the parent and each worker) profiles itself with cProfile
# and writes PROF_DIR/p<pid>.prof at exit.
import os

_d = os.environ.get("PROF_DIR")
if _d:
    import atexit
    import cProfile

    _pr = cProfile.Profile()
    _pr.enable()

    def _dump():
        _pr.disable()
        _pr.dump_stats(os.path.join(_d, f"p{os.getpid()}.prof"))

    atexit.register(_dump)
