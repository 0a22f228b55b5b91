#!/bin/sh
# A long fuzzing campaign, separate from the test run. Usage, from the source directory:
#
#   tests/fuzz/campaign.sh BUILD_DIR [TARGET|all] [SECONDS]
#
# BUILD_DIR is a clang build configured with -DIM_FUZZ=ON (and best with -DIM_SANITIZE="address;undefined",
# see the README); TARGET is a name under tests/fuzz/corpus (default: all, one after the other); SECONDS is
# the time per target (default 3600). New inputs go to BUILD_DIR/campaign/<target>, never into the committed
# seeds; a crash stops that target and leaves crash-<sha1> in BUILD_DIR/campaign, with the command to
# replay it. Once fixed, copy the file to tests/fuzz/corpus/<target>/regression-<what> so every test run
# replays it.
set -eu
cd "$(dirname "$0")/../.."
build=${1:?usage: tests/fuzz/campaign.sh BUILD_DIR [TARGET|all] [SECONDS]}
target=${2:-all}
seconds=${3:-3600}
build=$(cd "$build" && pwd)
source=$(pwd)
dictionary_of() {
    case "$1" in
    import_reply | list_page | error_envelope | token_reply) echo tests/fuzz/api.dict ;;
    pdf_report) echo tests/fuzz/pdf.dict ;;
    *) echo tests/fuzz/indicators.dict ;;
    esac
}
if [ "$target" = all ]; then
    targets=$(ls tests/fuzz/corpus)
else
    targets=$target
fi
mkdir -p "$build/campaign"
status=0
for name in $targets; do
    fuzzer="$build/tests/fuzz/fuzz_$name"
    [ -x "$fuzzer" ] || { echo "no fuzz target $fuzzer (configure with -DIM_FUZZ=ON)" >&2; exit 2; }
    mkdir -p "$build/campaign/$name"
    echo "== $name: $seconds s"
    (cd "$build/campaign" &&
        LC_ALL=C.UTF-8 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
        LSAN_OPTIONS="suppressions=$source/tests/lsan.supp" \
        "$fuzzer" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=4096 -dict="$source/$(dictionary_of "$name")" \
            "$name" "$source/tests/fuzz/corpus/$name") || status=1
done
exit $status
