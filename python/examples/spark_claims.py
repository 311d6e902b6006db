"""Numeric claims of a Spark DataFrame of texts, written as one row per claim.

Where one machine is not enough: Spark sends batches of texts (as pandas DataFrames) to
its Python workers through ``mapInPandas``; each batch goes through ``numeric_claims`` in
one call, and the claims come back as rows keyed by the text's ``id``.

Run it in local mode over some files (each file is one text, its path the id):

    python python/examples/spark_claims.py OUT_DIR corpus/articles/*.txt

It writes the claims as JSON Lines under OUT_DIR and prints how many it found. Needs
``pyspark`` (with Java), ``pandas`` and ``pyarrow``, none of which ``numeric-claims``
itself depends on.
"""

from __future__ import annotations

import os
import sys
from typing import Iterator

import pandas as pd
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F
from pyspark.sql.types import BooleanType, LongType, StringType, StructField, StructType

import numeric_claims as nc

# The claim columns of `numeric_claims.claims_frame` that become rows, with Spark types.
CLAIM_FIELDS = [
    ("start", LongType()),
    ("end", LongType()),
    ("byte_start", LongType()),
    ("byte_end", LongType()),
    ("text", StringType()),
    ("kind", StringType()),
    ("value", StringType()),  # exact: "2.5", "2/3"; fractions.Fraction reads it back
    ("low", StringType()),
    ("low_inclusive", BooleanType()),
    ("high", StringType()),
    ("high_inclusive", BooleanType()),
    ("certainty", StringType()),
    ("hedge", StringType()),
    ("change", StringType()),  # "up", "down" or null (a level)
    ("unit", StringType()),
    ("noun", StringType()),
    ("noun_start", LongType()),
    ("noun_end", LongType()),
]


def claims_of_batches(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
    """For ``mapInPandas``: each batch of (id, text) rows to its claims, one row each.

    ``claims_frame`` is ``extract_many``'s claims as columns: one call per batch. Spark
    already runs one task per core, so each call keeps to one thread.
    """
    names = [name for name, _ in CLAIM_FIELDS]
    for batch in batches:
        frame = nc.claims_frame(batch["text"].tolist(), threads=1)
        ids = batch["id"].to_numpy()[frame["text_index"].to_numpy()]
        out = frame[names]
        out.insert(0, "id", ids)
        yield out


def claims(texts: DataFrame) -> DataFrame:
    """The claims of a DataFrame with columns ``id`` (any type) and ``text`` (string)."""
    schema = StructType(
        [StructField("id", texts.schema["id"].dataType, False)]
        + [StructField(name, kind, True) for name, kind in CLAIM_FIELDS]
    )
    return texts.select("id", "text").mapInPandas(claims_of_batches, schema=schema)


def local_session(cores: int = 2) -> SparkSession:
    """A Spark session on this machine, quiet, with Arrow for pandas batches.

    Its Python workers run this interpreter, which has ``numeric_claims`` installed (by
    default Spark starts whatever ``python3`` comes first on the PATH).
    """
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = (
        SparkSession.builder.master(f"local[{cores}]")
        .appName("numeric-claims")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def main(argv: list[str]) -> int:
    if len(argv) < 3:
        print(__doc__.strip().split("\n\n")[2], file=sys.stderr)
        return 2
    out_dir, files = argv[1], argv[2:]
    spark = local_session()
    try:
        texts = spark.read.text(files, wholetext=True).select(
            F.input_file_name().alias("id"), F.col("value").alias("text")
        )
        found = claims(texts).cache()
        found.write.mode("overwrite").json(out_dir)
        print(f"{found.count()} claims from {len(files)} files written to {out_dir}")
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
