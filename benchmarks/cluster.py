"""Benchmark: `actionplans ingest` with its local workers against `ingest --cluster`.

    .venv/bin/python benchmarks/cluster.py [--pages 300] [--plans 20] [--timeout 1800]
                                           [--dask-cli]

Two batches, each ingested twice by the real command into a fresh SQLite
database: once with the local worker processes (one per CPU), once on a Dask
``distributed.LocalCluster`` of 2 worker processes with 1 thread each, whose
scheduler address is passed as ``--cluster``.  With ``--dask-cli`` the cluster
is started instead as the README tells a user to (``dask scheduler`` and
``dask worker --nworkers 2 --nthreads 1``): a worker process then runs the
``dask`` command as its main script, which a LocalCluster's workers do not.

- the generated plan of about 300 pages (``benchmarks/generated_plan.py``);
- a folder of 20 plans: the PDF and Word files of data/raw/ in name order,
  taken at even steps through the list;
- 20 short generated plans (one asked for: 6 pages; each with bytes of its own): a batch whose time
  is mostly what each file costs besides its parse (the task, the child process).

Before the batches, ``--tasks`` (20) tasks of a 9-byte file the parser refuses at
once are timed one at a time on the cluster: the cost of each file besides its
parse.  ``--pages 0``, ``--plans 0`` or ``--small 0`` leaves that batch out.

Prints pages per second (PDF pages, counted with PDFium; a Word file has no
pages and counts 0, as in the progress bar) and files per second, side by side,
with the load average as an anchor: on a shared machine the figures move with
it.  Both runs of a batch must give every file the same outcome; a difference
is printed and the script exits 1.  The cluster's workers are warmed (their
forkserver started and its imports done) before timing, as on a cluster that
stays up between batches.  A script that prints figures, not a timed test.
"""

# Only the standard library at module level: every Dask worker process and every
# parse child forked on it re-imports this script as `__mp_main__` (multiprocessing
# re-runs the main script of the process that started it), so an import here would
# be paid again for each file.
from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
CLI = Path(sys.executable).parent / "actionplans"
READ = (".pdf", ".docx")


@dataclass(frozen=True)
class Run:
    seconds: float
    outcomes: dict[str, str]  # file name -> outcome (loaded, skipped, failed: reason)


def pick_plans(n: int) -> list[Path]:
    """``n`` files of data/raw/ at even steps through the name order: deterministic, and
    spread over the whole corpus (old and new plans, Word and PDF, a few non-plans)."""
    files = sorted(p for p in RAW.iterdir() if p.suffix in READ)
    if len(files) <= n:
        return files
    return [files[i * len(files) // n] for i in range(n)]


def pdf_pages(paths: list[Path]) -> int:
    import pypdfium2

    total = 0
    for path in paths:
        if path.suffix == ".pdf":
            pdf = pypdfium2.PdfDocument(path)
            total += len(pdf)
            pdf.close()
    return total


def env_for(tmp: Path) -> dict[str, str]:
    """This checkout first on the path (so the command is this tree's), a log of its own."""
    path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    env = {k: v for k, v in os.environ.items() if not k.startswith("ACTIONPLANS_")}
    return {**env, "PYTHONPATH": path, "ACTIONPLANS_LOG": str(tmp / "bench.log")}


def ingest(folder: Path, tmp: Path, name: str, timeout: float, cluster: str | None) -> Run:
    """One `actionplans ingest FOLDER --json` into a fresh database, timed from outside."""
    db = f"sqlite:///{tmp / name}.db"
    args = [str(CLI), "ingest", str(folder), "--db", db, "--json", "--timeout", f"{timeout:g}"]
    if cluster:
        args += ["--cluster", cluster]
    started = time.perf_counter()
    result = subprocess.run(args, capture_output=True, text=True, env=env_for(tmp), cwd=ROOT,
                            check=False)
    seconds = time.perf_counter() - started
    if result.returncode not in (0, 1):  # 1: some file failed, still a batch that ran
        sys.exit(f"{' '.join(args[1:])} exited {result.returncode}: {result.stderr.strip()}")
    files = json.loads(result.stdout)["files"]
    outcomes = {f["document"]: f["outcome"] + (f": {f['reason']}" if f.get("reason") else "")
                for f in files}
    return Run(seconds, outcomes)


def warm_worker() -> None:
    """On each Dask worker: start its parse forkserver and do its imports now."""
    from pipeline.cluster_task import allow_children
    from pipeline.worker import context, warm_up

    allow_children()
    warm_up(context())


def task_cost(client: Any, tmp: Path, n: int) -> float:
    """Mean seconds from submitting one file's task to its answer, the file being one
    the parser refuses at once (9 bytes): what each file costs on the cluster besides
    its parse (the task, the parse child's start, the answer).  One at a time."""
    from pipeline.cluster_task import ParseRequest, parse_request
    from pipeline.ingest import IngestOptions

    path = tmp / "nine-bytes.pdf"
    path.write_bytes(b"%PDF-1.4\n")
    options = IngestOptions()
    request = ParseRequest(path.name, str(path), None, options.settings, None, options.limits)
    client.submit(parse_request, request, pure=False).result()  # not timed: a first run
    started = time.perf_counter()
    for _ in range(n):
        client.submit(parse_request, request, pure=False).result()
    return (time.perf_counter() - started) / n


def load() -> str:
    return f"{os.getloadavg()[0]:.1f}"


def row(label: str, pages: int, files: int, local: Run, cluster: Run) -> str:
    def rates(run: Run) -> str:
        return f"{pages / run.seconds:8.2f} {files / run.seconds:8.2f} {run.seconds:8.1f}"

    return (f"{label:24} {pages:5d} {files:5d}   {rates(local)}   {rates(cluster)}   "
            f"{local.seconds / cluster.seconds:5.2f}x")


def compare(label: str, local: Run, cluster: Run) -> bool:
    """Both runs gave every file the same outcome; print the differences if not."""
    if local.outcomes == cluster.outcomes:
        return True
    for name in sorted(set(local.outcomes) | set(cluster.outcomes)):
        if local.outcomes.get(name) != cluster.outcomes.get(name):
            print(f"  {label}: {name}: local {local.outcomes.get(name)}, "
                  f"cluster {cluster.outcomes.get(name)}")
    return False


def small_files(folder: Path, n: int) -> list[Path]:
    """``n`` one-page plans, each with bytes of its own (a comment after the end), so
    that each is parsed: a batch whose time is mostly the per-file cost."""
    from benchmarks.generated_plan import write_plan

    one = write_plan(folder / "one-page.pdf", 1)
    data = one.read_bytes()
    one.unlink()
    paths = [folder / f"small-{i:02d}.pdf" for i in range(n)]
    for i, path in enumerate(paths):
        path.write_bytes(data + f"% copy {i}\n".encode())
    return paths


def batches(tmp: Path, pages: int, plans: int, small: int) -> list[tuple[str, Path, list[Path]]]:
    sys.path.insert(0, str(ROOT))
    from benchmarks.generated_plan import write_plan

    work = []
    if pages:
        big = tmp / "generated"
        started = time.perf_counter()
        plan = write_plan(big / f"generated-plan-{pages}p.pdf", pages)
        print(f"generated {plan.name} in {time.perf_counter() - started:.0f} s")
        work.append((f"{pages}-page plan", big, [plan]))
    folder = tmp / "plans"
    folder.mkdir()
    chosen = pick_plans(plans)
    for path in chosen:
        (folder / path.name).write_bytes(path.read_bytes())
    print(f"{len(chosen)} plans: " + ", ".join(p.name for p in chosen))
    work.append((f"folder of {len(chosen)} plans", folder, chosen))
    if small:
        (tmp / "small").mkdir()
        work.append((f"{small} short plans", tmp / "small", small_files(tmp / "small", small)))
    return [(label, where, files) for label, where, files in work if files]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def dask_commands(tmp: Path) -> Iterator[str]:
    """A scheduler and a worker started by the `dask` command, as the README says."""
    dask = str(Path(sys.executable).parent / "dask")
    address = f"tcp://127.0.0.1:{free_port()}"
    logs = open(tmp / "dask.log", "w", encoding="utf-8")  # noqa: SIM115 - closed below
    scheduler = subprocess.Popen([dask, "scheduler", "--host", "127.0.0.1", "--port",
                                  address.rsplit(":", 1)[1], "--no-dashboard"],
                                 env=env_for(tmp), stdout=logs, stderr=logs)
    worker = subprocess.Popen([dask, "worker", address, "--nworkers", "2", "--nthreads", "1",
                               "--no-dashboard"], env=env_for(tmp), stdout=logs, stderr=logs)
    try:
        yield address
    finally:
        for process in (worker, scheduler):
            process.terminate()
            process.wait(60)
        logs.close()


@contextmanager
def local_cluster() -> Iterator[str]:
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300, help="pages of the generated plan")
    parser.add_argument("--plans", type=int, default=20, help="files of data/raw/ in the folder")
    parser.add_argument("--timeout", type=float, default=1800.0,
                        help="--timeout for every ingest (the long plan needs more than 120 s)")
    parser.add_argument("--small", type=int, default=20,
                        help="one-page plans in a third batch (its time is the per-file cost)")
    parser.add_argument("--tasks", type=int, default=20,
                        help="tasks of a file refused at once, timed one by one (0: none)")
    parser.add_argument("--dask-cli", action="store_true",
                        help="start the cluster with `dask scheduler` and `dask worker`")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from distributed import Client

    same = True
    with tempfile.TemporaryDirectory(prefix="actionplans-bench-") as name:
        tmp = Path(name)
        work = batches(tmp, args.pages, args.plans, args.small)
        start = dask_commands(tmp) if args.dask_cli else local_cluster()
        kind = "dask scheduler and dask worker" if args.dask_cli else "LocalCluster"
        with start as address, Client(address) as client:
            client.wait_for_workers(2, timeout=120)
            client.run(warm_worker)
            print(f"local: {os.cpu_count()} CPUs, one worker process per CPU; "
                  f"cluster: {kind} at {address}, 2 worker processes x 1 thread")
            print(f"load average before: {load()}")
            if args.tasks:
                print(f"one file's task, its parse aside: {task_cost(client, tmp, args.tasks):.3f} s "
                      f"(mean of {args.tasks}, one at a time)")
            print(f"\n{'':24} {'pages':>5} {'files':>5}   {'local':^26}   {'cluster':^26}")
            print(f"{'batch':24} {'':5} {'':5}   "
                  + "   ".join([f"{'pages/s':>8} {'files/s':>8} {'seconds':>8}"] * 2)
                  + "   local/cluster time")
            for i, (label, folder, files) in enumerate(work):
                local = ingest(folder, tmp, f"local{i}", args.timeout, None)
                on_cluster = ingest(folder, tmp, f"cluster{i}", args.timeout, address)
                print(row(label, pdf_pages(files), len(files), local, on_cluster), flush=True)
                same = compare(label, local, on_cluster) and same
            print(f"load average after: {load()}")
    if not same:
        sys.exit(1)


if __name__ == "__main__":
    main()
