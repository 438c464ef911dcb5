#!/usr/bin/env bash
# Microbenchmarks (JMH) of the decoders and the motion core: samples per second of each on one core.
# Usage: docs/jmh.sh [JMH options], e.g. docs/jmh.sh -f 1 -wi 2 -i 3 DecoderBenchmark.asciiWith
# Scores are samples per second (each call handles 20 000 samples and says so to JMH).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -B -q -o test-compile
cp="target/jmh-classpath.txt"
mvn -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp" >/dev/null
exec java -cp "target/test-classes:target/classes:$(cat "$cp")" org.openjdk.jmh.Main "${@:-DecoderBenchmark}"
