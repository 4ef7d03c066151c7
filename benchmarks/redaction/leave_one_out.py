"""Leave-one-set-out scores of the redactor: for each blind set X the name model trains on
(every blind_* of train.SETS: A-H and K-V), train the name model without X (synthetic
documents plus every other committed set), score X with that model, and print X's scores
beside the in-sample ones (the committed model, trained with X), then the pooled held-out and
in-sample counts.

    .venv/bin/python benchmarks/redaction/leave_one_out.py [--sets blind_a,...] [--docs 8000]
    .venv/bin/python benchmarks/redaction/leave_one_out.py --no-in-sample \
        --folds blind_q,blind_t,blind_w,blind_z/blind_r,blind_u,blind_x/blind_s,blind_v,blind_y

With --folds, each group of sets (groups split by "/", sets by ",") is left out of the training
data together and each of its sets scored with that fold's model: a fold of sets leaves the
model less of what the others share (a writer, a season of sets) than leaving one set out.

What it does and does not hold out: the model's weights never saw X. The rules around the model
(cue words, keep lists, the cuts in namemodel.py) were read off sets A-V by people tuning
them, so the held-out numbers are still optimistic; they are a better forecast of a fresh set's
first score than the in-sample ones, not a substitute for it.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from casebook.redaction import find_entities, namemodel  # noqa: E402
from casebook.redaction.scoring import DEVSET_DIR, Score, load, score  # noqa: E402
from casebook.redaction.training import train  # noqa: E402

# The blind sets the name model trains on (every committed one: A-H and K-V).
BLIND = tuple(name for name in train.SETS if name.startswith("blind_"))


def row(name: str, how: str, s: Score) -> str:
    return f"| {name} | {how} | {s.markdown_cells()} |"


def examples_in(name: str) -> list[train.Example]:
    """The name model's training examples of one devset file, as train.committed makes them."""
    out: list[train.Example] = []
    for ex in load(DEVSET_DIR / f"{name}.jsonl"):
        spans = [(g.start, g.end) for g in ex.gold if g.type == "PERSON"]
        skip = [(g.start, g.end) for g in ex.gold if g.type != "PERSON"]
        out.extend(train.examples_of(ex.text, spans, skip))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sets", default=",".join(BLIND))
    parser.add_argument(
        "--folds", help='groups of sets left out together: "a,b/c,d" (instead of --sets)'
    )
    parser.add_argument(
        "--no-in-sample", action="store_true", help="skip scoring with the committed model"
    )
    parser.add_argument("--docs", type=int, default=train.DOCS)
    parser.add_argument("--seed", type=int, default=train.SEED)
    parser.add_argument("--epochs", type=int, default=train.EPOCHS)
    parser.add_argument("--show", type=int, default=0, help="held-out PERSON misses to list")
    parser.add_argument("--save", type=Path, help="a folder to keep each fold's model in")
    parser.add_argument(
        "--real-weight", type=int, default=train.REAL_WEIGHT, help="copies of the real sets"
    )
    parser.add_argument("--synthetic-share", type=float, default=1.0)
    parser.add_argument("--lower-listed-cut", type=float, help="namemodel.LOWER_LISTED_CUT")
    parser.add_argument("--list-dropout", type=float, default=0.0, help="see train.train")
    parser.add_argument("--l2", type=float, default=train.L2, help="see train.train")
    parser.add_argument(
        "--average-from", type=int, default=train.AVERAGE_FROM, help="see train.train"
    )
    parser.add_argument(
        "--extra",
        default="",
        help="devset files (no .jsonl) added to every fold's training data, never scored: "
        '"negatives_na,negatives_nb"',
    )
    parser.add_argument(
        "--extra-weight", type=int, help="copies of the --extra sets (default: --real-weight)"
    )
    args = parser.parse_args()
    if args.lower_listed_cut is not None:
        namemodel.LOWER_LISTED_CUT = args.lower_listed_cut
    t0 = time.monotonic()
    committed_model = namemodel.MODEL_PATH
    synthetic = train.synthetic(args.docs, args.seed)
    per_set = {name: train.committed(frozenset(train.SETS) - {name}) for name in train.SETS}
    if args.folds:
        folds = [tuple(group.split(",")) for group in args.folds.split("/")]
    else:
        folds = [(name,) for name in args.sets.split(",")]
    unknown = {name for fold in folds for name in fold} - set(train.SETS)
    if unknown:
        parser.error(f"not in train.SETS: {', '.join(sorted(unknown))}")
    extra = [ex for name in args.extra.split(",") if name for ex in examples_in(name)]
    copies = args.real_weight if args.extra_weight is None else args.extra_weight
    print(f"examples ready in {time.monotonic() - t0:.0f}s", file=sys.stderr)
    lines = []
    # caught, total, PERSON caught, PERSON total, lower-case caught, lower-case total,
    # redacted gold characters, redacted characters, must-survive hits.
    pooled: dict[str, list[int]] = {"in": [0] * 9, "out": [0] * 9}
    with tempfile.TemporaryDirectory() as tmp:
        for fold in folds:
            real = [ex for s in train.SETS if s not in fold for ex in per_set[s]]
            data = synthetic[: int(len(synthetic) * args.synthetic_share)] + real * args.real_weight
            data += extra * copies
            weights = train.train(
                data,
                epochs=args.epochs,
                seed=args.seed,
                l2=args.l2,
                list_dropout=args.list_dropout,
                average_from=args.average_from,
            )
            path = Path(tmp) / f"without_{'_'.join(fold)}.json"
            namemodel.use_weights(committed_model)
            threshold = namemodel.model().threshold
            path.write_text(json.dumps({"threshold": threshold, "weights": weights}))
            if args.save:
                args.save.mkdir(parents=True, exist_ok=True)
                (args.save / path.name).write_text(path.read_text())
            for name in fold:
                examples = load(DEVSET_DIR / f"{name}.jsonl")
                scored = []
                if not args.no_in_sample:
                    namemodel.use_weights(committed_model)
                    scored.append(("in", score(examples, find_entities)))
                namemodel.use_weights(path)
                held = score(examples, find_entities, keep=max(args.show, 1))
                scored.append(("out", held))
                namemodel.use_weights(committed_model)
                for how, s in scored:
                    lines.append(row(name, "in-sample" if how == "in" else "held out", s))
                    counts = (
                        sum(s.caught.values()),
                        sum(s.total.values()),
                        s.caught.get("PERSON", 0),
                        s.total.get("PERSON", 0),
                        s.lower_person_caught,
                        s.lower_person_total,
                        s.redacted_gold_chars,
                        s.redacted_chars,
                        len(s.violations),
                    )
                    pooled[how] = [a + b for a, b in zip(pooled[how], counts, strict=True)]
                print(f"{name} done at {time.monotonic() - t0:.0f}s", file=sys.stderr)
                for m in held.misses[: args.show]:
                    if m.type == "PERSON":
                        print(f"  held-out miss {m.example_id}: {m.text!r}", file=sys.stderr)
    print(
        "| set | model | recall (all) | PERSON | lower-case PERSON (n) | char precision "
        "| must-survive hits |"
    )
    print("|---|---|---|---|---|---|---|")
    print("\n".join(lines))
    for how, (c, t, pc, pt, lc, lt, gold, chars, hits) in pooled.items():
        if not t:
            continue
        print(
            f"pooled {how}: recall {c / t:.4f} ({c}/{t}), PERSON {pc / pt:.4f} ({pc}/{pt}), "
            f"lower-case {lc / max(lt, 1):.4f} ({lc}/{lt}), "
            f"char precision {gold / max(chars, 1):.4f}, must-survive hits {hits}"
        )


if __name__ == "__main__":
    main()
