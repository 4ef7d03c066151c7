"""Leave-one-set-out estimate of the learned screen (casebook/redaction/screen.py).

    .venv/bin/python benchmarks/redaction/screen_loso.py --loose --choose [--cache PATH]

For each blind set X: fit the screen on the training rows of every other blind set (with
--loose, train_screen.training_rows: loose candidates and pseudo negatives; without, the
redactor's own findings), choose its cut on those sets alone (--choose: grouped 4-fold
out-of-fold probabilities on the other sets' findings; the largest cut of CUTS whose
out-of-fold drops lose at most BUDGET of the findings over labelled spans), then score X with
the screen applied to the redactor's findings, beside X without it. Prints a Markdown row per
set, the pooled counts, and the pooled counts at each fixed cut of CUTS. Deterministic.
--cache keeps the rows (the redactor's runs) in a pickle between runs of this script.

With --folds N, grouped folds instead of one set out (set i of the blind sets in fold i mod N);
with --extra, devset files (the hard-negative sets NA and NB) always in the training rows and
never scored; with --name-model, each held-out set's findings made by its fold's held-out name
model (benchmarks/README.md, "Round Y: real negatives").
"""

from __future__ import annotations

import argparse
import math
import pickle
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from casebook.redaction import namemodel  # noqa: E402
from casebook.redaction.core import Entity  # noqa: E402
from casebook.redaction.scoring import DEVSET_DIR, Example, Score, load, score  # noqa: E402
from casebook.redaction.training.train_screen import (  # noqa: E402
    L2,
    NEITHER_WEIGHT,
    Row,
    blind_sets,
    fit,
    rows_of,
    training_rows,
)

CUTS = (0.01, 0.02, 0.03, 0.05, 0.08, 0.12, 0.2, 0.3)
BUDGET = 0.0005  # share of findings over labelled spans the cut may drop out of fold
Found = dict[str, tuple[tuple[Entity, ...], list[Entity]]]
# Per set: its examples, its rows (the redactor's findings), their findings, training rows.
Data = dict[str, tuple[list[Example], list[Row], Found, list[Row]]]


def probabilities(
    train: Sequence[Row], test: Sequence[Row], neither_weight: float, l2: float
) -> list[float]:
    """The probability of each test row under the screen fitted on the train rows."""
    weights, bias = fit(train, neither_weight, l2)
    out = []
    for r in test:
        s = bias + sum(weights.get(f, 0.0) for f in r.features)
        out.append(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, s)))))
    return out


def choose_cut(
    data: Data,
    names: Sequence[str],
    neither_weight: float,
    l2: float,
    extra: Sequence[Row] = (),
) -> float:
    """The largest cut of CUTS whose out-of-fold drops (grouped 4-fold over `names`: fit on
    the training rows of three folds and the `extra` rows, apply to the findings of the
    fourth) lose at most BUDGET of the findings over labelled spans; 0.0 (drop nothing) when
    none does."""
    folds = [list(names[k::4]) for k in range(4)]
    oof: list[tuple[Row, float]] = []
    for fold in folds:
        inner_train = [r for n in names if n not in fold for r in data[n][3]] + list(extra)
        inner_test = [r for n in fold for r in data[n][1]]
        probs = probabilities(inner_train, inner_test, neither_weight, l2)
        oof += zip(inner_test, probs, strict=True)
    gold = sum(1 for r, _ in oof if r.label)
    best = 0.0
    for cut in CUTS:
        if sum(1 for r, p in oof if r.label and p < cut) <= BUDGET * gold:
            best = cut
    return best


def scored(examples: list[Example], keep: Callable[[Example], tuple[Entity, ...]]) -> Score:
    by_text = {ex.text: keep(ex) for ex in examples}
    return score(examples, lambda text: by_text[text], keep=0)


def caught(s: Score) -> int:
    return sum(s.caught.values())


def collect(loose: bool) -> Data:
    data: Data = {}
    for path in blind_sets():
        examples = load(path)
        rows, found = rows_of(path.stem, examples)
        data[path.stem] = (
            examples,
            rows,
            found,
            training_rows(path.stem, examples) if loose else rows,
        )
    return data


def with_and_without(
    examples: list[Example], found: Found, prob: dict[tuple[str, Entity], float], cut: float
) -> tuple[Score, Score]:
    """Scores of the findings without the screen and with it at `cut`."""
    before = scored(examples, lambda ex: found[ex.id][0])
    after = scored(
        examples, lambda ex: tuple(e for e in found[ex.id][0] if prob[(ex.id, e)] >= cut)
    )
    return before, after


def in_sample(data: Data, kw: dict[str, float]) -> None:
    """The screen fitted on every blind set, its cut chosen on them, applied to every tuning
    file: in-sample scores, not an estimate of fresh text."""
    names = list(data)
    cut = choose_cut(data, names, **kw)
    weights, bias = fit([r for v in data.values() for r in v[3]], kw["neither_weight"], kw["l2"])
    print(f"cut {cut}, {len(weights)} weights")
    others = ("kinds", "classes", "dev", "heldout", "unseen")
    paths = blind_sets() + [DEVSET_DIR / f"{n}.jsonl" for n in others]
    print("| set | recall / PERSON / lower-case PERSON (n) / precision / hits | with the screen |")
    for path in paths:
        examples = load(path)
        if path.stem in data:
            rows, found = data[path.stem][1], data[path.stem][2]
        else:
            rows, found = rows_of(path.stem, examples)
        prob: dict[tuple[str, Entity], float] = {}
        for r in rows:
            s = bias + sum(weights.get(f, 0.0) for f in r.features)
            prob[(r.example_id, r.entity)] = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, s))))
        before, after = with_and_without(examples, found, prob, cut)
        print(f"| {path.stem} | {before.markdown_cells()} | {after.markdown_cells()} |")
        sys.stdout.flush()


def extra_rows(names: Sequence[str], cache: Path | None) -> list[Row]:
    """Training rows of the `names` devset files (never scored): their loose candidates and
    pseudo negatives (training_rows), and their own findings that are not personal data
    (the real negatives, counted again)."""
    if not names:
        return []
    if cache is not None and cache.exists():
        rows: list[Row] = pickle.loads(cache.read_bytes())
        return rows
    rows = []
    for name in names:
        examples = load(DEVSET_DIR / f"{name}.jsonl")
        rows += training_rows(name, examples)
        rows += [r for r in rows_of(name, examples)[0] if r.label == 0]
    if cache is not None:
        cache.write_bytes(pickle.dumps(rows))
    kinds: dict[str, int] = {}
    for r in rows:
        kinds[r.kind] = kinds.get(r.kind, 0) + 1
    print(f"extra training rows: {kinds}")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--neither", type=float, default=None, help="weight of 'neither' rows")
    parser.add_argument("--l2", type=float, default=None)
    parser.add_argument("--loose", action="store_true", help="train on loose and pseudo rows")
    parser.add_argument("--choose", action="store_true", help="choose the cut per fold")
    parser.add_argument(
        "--in-sample",
        action="store_true",
        help="instead: fit on every blind set, choose the cut on them (grouped 4-fold), and "
        "score every tuning file with the screen (in sample)",
    )
    parser.add_argument(
        "--folds",
        type=int,
        default=0,
        help="grouped folds over the blind sets (set i in fold i mod N) instead of one set out",
    )
    parser.add_argument(
        "--extra",
        default="",
        help="comma-separated devset files (no .jsonl) always trained on (their training rows "
        "and their own findings' negatives), never scored",
    )
    parser.add_argument("--extra-cache", type=Path, default=None)
    parser.add_argument(
        "--name-model",
        default=None,
        help="a name model weights file per fold, '{k}' standing for the fold's number and "
        "'{sets}' for its sets joined by '_' (leave_one_out.py --folds ... --save DIR writes "
        "DIR/without_{sets}.json): the held-out sets' findings are made with their fold's "
        "model, which never saw them (the training rows keep the committed model's)",
    )
    args = parser.parse_args()
    kw = {
        "neither_weight": NEITHER_WEIGHT if args.neither is None else args.neither,
        "l2": L2 if args.l2 is None else args.l2,
    }
    if args.cache is not None and args.cache.exists():
        data: Data = pickle.loads(args.cache.read_bytes())
    else:
        data = collect(args.loose)
        if args.cache is not None:
            args.cache.write_bytes(pickle.dumps(data))
    extra = extra_rows([n for n in args.extra.split(",") if n], args.extra_cache)
    if args.in_sample:
        in_sample(data, kw)
        return
    for label, rows_of_set in (
        ("findings", [v[1] for v in data.values()]),
        ("training rows", [v[3] for v in data.values()]),
    ):
        kinds: dict[str, int] = {}
        for rows in rows_of_set:
            for r in rows:
                kinds[r.kind] = kinds.get(r.kind, 0) + 1
        print(f"{label}: {kinds}")
    fixed: dict[float, list[int]] = {c: [0, 0, 0] for c in CUTS}
    print(
        "| set | cut | recall / PERSON / lower-case PERSON (n) / precision / must-survive, "
        "without the screen | the same, with it (held out) | findings dropped |"
    )
    hits_before = hits_after = lost = spans = 0
    names = list(data)
    held_out = (
        [list(names[k :: args.folds]) for k in range(args.folds)]
        if args.folds
        else [[n] for n in names]
    )
    fold_of = {n: k for k, fold in enumerate(held_out) for n in fold}
    models: dict[int, tuple[float, list[Row]]] = {}
    for k, fold in enumerate(held_out):
        train = [r for n, v in data.items() if n not in fold for r in v[3]] + extra
        rest = [n for n in data if n not in fold]
        cut = choose_cut(data, rest, extra=extra, **kw) if args.choose else 0.0
        models[k] = (cut, train)
    for name, (examples, rows, found, _) in sorted(data.items(), key=lambda kv: kv[0]):
        cut, train = models[fold_of[name]]
        if args.name_model:
            k = fold_of[name]
            path = args.name_model.format(k=k, sets="_".join(held_out[k]))
            namemodel.use_weights(Path(path))
            rows, found = rows_of(name, examples)
        probs = probabilities(train, rows, **kw)
        prob_of = {(r.example_id, r.entity): p for r, p in zip(rows, probs, strict=True)}

        def keep_at(
            c: float, found: Found = found, prob_of: dict[tuple[str, Entity], float] = prob_of
        ) -> Callable[[Example], tuple[Entity, ...]]:
            return lambda ex: tuple(e for e in found[ex.id][0] if prob_of[(ex.id, e)] >= c)

        before = scored(examples, keep_at(0.0))
        after = scored(examples, keep_at(cut))
        dropped: dict[str, int] = {}
        for r, p in zip(rows, probs, strict=True):
            if p < cut:
                dropped[r.kind] = dropped.get(r.kind, 0) + 1
        print(
            f"| {name} | {cut} | {before.markdown_cells()} | {after.markdown_cells()} "
            f"| {dropped or ''} |"
        )
        hits_before += len(before.violations)
        hits_after += len(after.violations)
        lost += caught(before) - caught(after)
        spans += sum(before.total.values())
        for c in CUTS:
            s = scored(examples, keep_at(c))
            fixed[c][0] += len(s.violations)
            fixed[c][1] += caught(before) - caught(s)
            fixed[c][2] = max(fixed[c][2], caught(before) - caught(s))
        sys.stdout.flush()
    print(f"cut chosen per fold: hits {hits_before} -> {hits_after}, spans lost {lost} of {spans}")
    for c in CUTS:
        print(
            f"fixed cut {c}: hits {hits_before} -> {fixed[c][0]}, spans lost {fixed[c][1]} "
            f"(most on one set {fixed[c][2]})"
        )


if __name__ == "__main__":
    main()
