#!/usr/bin/python3
"""Peer of `cropmap experiment cv`: scikit-learn and plain PyTorch on exactly the same folds.

Reads the sample table and the folds.csv that `cropmap experiment cv ... --out DIR` saved
(row, group, label, fold; row = 0-based data row of the table; the class names are taken from
there, so a legend's mapping applies as in cropmap) and, for each fold, trains on the other
folds and scores on the fold:

  rf    scikit-learn RandomForestClassifier(n_estimators=100, n_jobs=2, random_state=seed)
        on the flattened T x B values (NaN -> 0: scikit-learn 1.2's forest rejects NaN);
  lstm  the seed's network in plain PyTorch: three nn.LSTM layers of 200, 125 and 100 units
        (batch_first), dropout 0.2 between them, a Linear on the last step; per-band
        standardisation from the training part (NaN -> 0 afterwards); RMSprop lr 1e-3,
        batch 32, --epochs epochs (100) of plain cross-entropy, no validation, no early
        stopping; torch.manual_seed(seed) before each fold, torch.set_num_threads(2).

With --repeats r each model runs r times per fold (seeds seed … seed + r − 1): a fold's figures
are the means of its runs, and the cross-validation's mean per seed and their mean ± sd are
printed and written (seed_means, seed_spread), as `cropmap experiment cv --repeats r` does.

Scores as cropmap's evaluate step does: OA, kappa, and macro F1 over the classes present in
the fold's labels. Prints per model the OA and macro F1 of every fold and mean +- sd (sample
sd, n - 1) and writes DIR/peer.json and DIR/peer.csv (the layout of DIR/cv-folds.csv).

Run with Debian's python3 (python3-numpy, python3-sklearn, python3-torch), e.g. on the
sits-matogrosso table after `cropmap experiment cv ... --out cv-mt`:

  /usr/bin/python3 bench/peer_cv.py ../shared/data/sits-matogrosso/samples_mt_9classes.csv \\
      --out cv-mt --skip-columns location,start_date --bands mir,blue,nir,red,evi,ndvi --steps 23

The value columns are every column but the label and the skipped ones (or --value-columns
FIRST:LAST, names of the first and last value column); --layout says their order as cropmap's
--csv-layout does (date-major: t1_b1, t1_b2, ..., t2_b1, ...).
"""
import argparse
import csv
import json
import math
import os
import sys
import time

import numpy as np


def parse_arguments():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("table", help="the sample table (CSV) cropmap cross-validated")
    p.add_argument("--out", required=True, help="cropmap's --out folder: reads folds.csv, writes peer.json, peer.csv")
    p.add_argument("--folds-file", help="the fold assignment (default OUT/folds.csv)")
    p.add_argument("--label-column", default="label")
    p.add_argument("--skip-columns", default="", help="comma-separated columns that hold no values (groups, dates)")
    p.add_argument("--value-columns", help="FIRST:LAST, the first and last value column (default: all others)")
    p.add_argument("--bands", required=True, help="band names in the table's order within a step")
    p.add_argument("--steps", type=int, required=True, help="number of time steps T")
    p.add_argument("--layout", choices=["date-major", "band-major"], default="date-major")
    p.add_argument("--delimiter", default=",")
    p.add_argument("--models", default="rf,lstm", help="comma-separated: rf, lstm (default both)")
    p.add_argument("--epochs", type=int, default=100, help="LSTM epochs (default 100)")
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--repeats", type=int, default=1,
                   help="runs per model and fold with seeds seed, seed+1, ... (a fold's figures are their "
                        "means, as cropmap experiment cv --repeats; default 1)")
    p.add_argument("--threads", type=int, default=2, help="torch threads and forest jobs (default 2)")
    return p.parse_args()


def read_table(args):
    with open(args.table, newline="") as f:
        rows = list(csv.reader(f, delimiter=args.delimiter))
    header, rows = rows[0], [r for r in rows[1:] if r]
    if args.label_column not in header:
        sys.exit(f"{args.table}: no label column {args.label_column!r}")
    label = header.index(args.label_column)
    if args.value_columns:
        first, _, last = args.value_columns.partition(":")
        start = header.index(first)
        end = header.index(last) if last else len(header) - 1
        candidates = range(start, end + 1)
    else:
        candidates = range(len(header))
    skipped = {label} | {header.index(c) for c in args.skip_columns.split(",") if c}
    values = [c for c in candidates if c not in skipped]
    bands = args.bands.split(",")
    if len(values) != args.steps * len(bands):
        sys.exit(f"{args.table}: {len(values)} value columns, but T x B = {args.steps} x {len(bands)}")

    def number(text):
        text = text.strip()
        return math.nan if text in ("", "nan", "NaN", "NA", "NAN") else float(text)

    x = np.array([[number(r[c]) for c in values] for r in rows], dtype=np.float32)
    if args.layout == "date-major":
        x = x.reshape(len(rows), args.steps, len(bands))
    else:
        x = x.reshape(len(rows), len(bands), args.steps).transpose(0, 2, 1)
    labels = [r[label].strip() for r in rows]
    return x, labels


def read_folds(path, rows):
    """The fold and class name of each table row, as cropmap read them (label "" = unlabelled)."""
    folds = np.zeros(rows, dtype=np.int64)
    labels = [""] * rows
    with open(path, newline="") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames != ["row", "group", "label", "fold"]:
            sys.exit(f"{path}: expected the header row,group,label,fold")
        for r in reader:
            i = int(r["row"])
            if not 0 <= i < rows:
                sys.exit(f"{path}: row {i}, but the table has {rows} rows")
            folds[i], labels[i] = int(r["fold"]), r["label"]
    if (folds == 0).any():
        sys.exit(f"{path}: {(folds == 0).sum()} rows of the table have no fold")
    return folds, labels


def scores(y, predicted, classes):
    from sklearn.metrics import cohen_kappa_score, f1_score
    present = np.unique(y)  # macro F1 over the classes of the reference, as cropmap
    return {"overall_accuracy": float(np.mean(predicted == y)),
            "macro_f1": float(f1_score(y, predicted, labels=present, average="macro", zero_division=0)),
            "kappa": float(cohen_kappa_score(y, predicted, labels=np.arange(classes)))}


def run_forest(x_train, y_train, x_test, args, seed):
    from sklearn.ensemble import RandomForestClassifier
    flat = lambda x: np.nan_to_num(x.reshape(len(x), -1), nan=0.0)
    forest = RandomForestClassifier(n_estimators=100, n_jobs=args.threads, random_state=seed)
    forest.fit(flat(x_train), y_train)
    return forest.predict(flat(x_test))


def run_lstm(x_train, y_train, x_test, classes, args, seed):
    import torch
    from seed_lstm import SeedLstm
    torch.set_num_threads(args.threads)
    torch.manual_seed(seed)
    mean = np.nanmean(x_train, axis=(0, 1))
    std = np.nanstd(x_train, axis=(0, 1))
    std[~(std > 0)] = 1.0

    def standardise(x):
        return torch.from_numpy(np.nan_to_num((x - mean) / std, nan=0.0).astype(np.float32))

    xt, yt = standardise(x_train), torch.from_numpy(y_train)
    model = SeedLstm(x_train.shape[2], classes)
    optimizer = torch.optim.RMSprop(model.parameters(), lr=1e-3)
    for _ in range(args.epochs):
        model.train()
        order = torch.randperm(len(xt))
        for start in range(0, len(xt), 32):
            batch = order[start:start + 32]
            optimizer.zero_grad()
            loss = torch.nn.functional.cross_entropy(model(xt[batch]), yt[batch])
            loss.backward()
            optimizer.step()
    model.eval()
    with torch.no_grad():
        return model(standardise(x_test)).argmax(1).numpy()


def summary(values):
    v = np.array(values, dtype=np.float64)
    return {"mean": float(v.mean()), "sd": float(v.std(ddof=1)) if len(v) > 1 else 0.0, "n": len(v)}


def main():
    args = parse_arguments()
    x, table_labels = read_table(args)
    # cropmap's class names (a legend may have mapped the table's labels); its unlabelled rows
    # are left out here too.
    folds, labels = read_folds(args.folds_file or os.path.join(args.out, "folds.csv"), len(table_labels))
    labelled = np.array([label != "" for label in labels])
    x, folds = x[labelled], folds[labelled]
    labels = [label for label in labels if label]
    names = sorted(set(labels), key=labels.index)
    y = np.array([names.index(label) for label in labels], dtype=np.int64)
    fold_numbers = sorted(set(folds.tolist()))
    models = [m for m in args.models.split(",") if m]
    titles = {"rf": "sklearn_rf", "lstm": "torch_lstm"}
    if any(m not in titles for m in models):
        sys.exit(f"--models takes rf and lstm, not {args.models}")

    report = {"format": "cropmap-cv-peer", "table": os.path.abspath(args.table), "seed": args.seed,
              "folds": len(fold_numbers), "samples": len(y), "classes": names, "epochs": args.epochs,
              "models": {}}
    csv_lines = ["model,fold,train_samples,validation_samples,test_samples,overall_accuracy,macro_f1,kappa"]
    if not 1 <= args.repeats <= 100:
        sys.exit(f"--repeats takes 1 to 100, not {args.repeats}")
    seeds = [args.seed + r for r in range(args.repeats)]
    report["seeds"] = seeds
    keys = ("overall_accuracy", "macro_f1", "kappa")
    mean_sd = lambda s: f"{100 * s['mean']:.1f} ± {100 * s['sd']:.1f}"
    for m in models:
        print(f"{titles[m]}\n  {'fold':<10}{'train':>8} {'test':>8} {'OA %':>13} {'macro F1 %':>13}")
        per_fold = []
        for f in fold_numbers:
            test = folds == f
            runs = []
            for seed in seeds:
                started = time.perf_counter()
                if m == "rf":
                    predicted = run_forest(x[~test], y[~test], x[test], args, seed)
                else:
                    predicted = run_lstm(x[~test], y[~test], x[test], len(names), args, seed)
                run = scores(y[test], predicted, len(names))
                run.update(seed=seed, seconds=time.perf_counter() - started)
                runs.append(run)
            # A fold's figures are the means of its runs (one per seed).
            s = {k: float(np.mean([r[k] for r in runs])) for k in keys}
            s.update(fold=f, train_samples=int((~test).sum()), test_samples=int(test.sum()),
                     seconds=float(np.mean([r["seconds"] for r in runs])))
            if len(seeds) > 1:
                s["repeats"] = runs
            per_fold.append(s)
            print(f"  {f:<10}{s['train_samples']:>8} {s['test_samples']:>8} "
                  f"{100 * s['overall_accuracy']:>13.1f} {100 * s['macro_f1']:>13.1f}", flush=True)
            csv_lines.append(f"{titles[m]},{f},{s['train_samples']},0,{s['test_samples']},"
                             f"{s['overall_accuracy']:.10g},{s['macro_f1']:.10g},{s['kappa']:.10g}")
        stats = {k: summary([s[k] for s in per_fold]) for k in keys}
        for stat in ("mean", "sd"):
            csv_lines.append(f"{titles[m]},{stat},,,," + ",".join(f"{stats[k][stat]:.10g}" for k in keys))
        oa, f1 = stats["overall_accuracy"], stats["macro_f1"]
        print(f"  {'mean ± sd':<28} {mean_sd(oa):>13} {mean_sd(f1):>13}")
        entry = dict(stats, folds=per_fold)
        if len(seeds) > 1:
            # The cross-validation's mean per seed, and their spread.
            seed_means = [{"seed": seed, **{k: float(np.mean([s["repeats"][r][k] for s in per_fold]))
                                            for k in keys}} for r, seed in enumerate(seeds)]
            for sm in seed_means:
                print(f"  {'seed ' + str(sm['seed']):<28} {100 * sm['overall_accuracy']:>13.1f} "
                      f"{100 * sm['macro_f1']:>13.1f}")
            spread = {k: summary([sm[k] for sm in seed_means]) for k in keys}
            print(f"  {'mean ± sd over seeds':<28} {mean_sd(spread['overall_accuracy']):>13} "
                  f"{mean_sd(spread['macro_f1']):>13}")
            entry.update(seed_means=seed_means, seed_spread=spread)
        print()
        report["models"][titles[m]] = entry

    for name, text in (("peer.json", json.dumps(report, indent=2)), ("peer.csv", "\n".join(csv_lines) + "\n")):
        path = os.path.join(args.out, name)
        with open(path + ".tmp", "w") as f:
            f.write(text)
        os.replace(path + ".tmp", path)
    print(f"Wrote {os.path.join(args.out, 'peer.json')} and peer.csv")


if __name__ == "__main__":
    main()
