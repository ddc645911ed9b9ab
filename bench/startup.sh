#!/bin/sh
# Start-up benchmark: times bin/aws side by side with the real AWS CLI v2 (when installed), alternating runs, against
# a private emulator in a temp HOME. Prints median wall time, median peak RSS and our/real ratios per command, and
# the JVM hello-world floor measured in the same run. Not a test; not run by CI.
#   usage: bench/startup.sh [ROUNDS]          (default 11; REAL_AWS=/usr/bin/aws; the JVM is bin/aws's:
#                                             AWS_SSO_JAVA_HOME, else JAVA_HOME, else java on PATH)
set -eu
rounds=${1:-11}
root=$(cd "$(dirname "$0")/.." && pwd -P)
real_aws=${REAL_AWS:-/usr/bin/aws}
[ -x "$real_aws" ] || real_aws=
ours="$root/bin/aws"
work=$(mktemp -d)
emulator_pid=
cleanup() {
    [ -n "$emulator_pid" ] && kill "$emulator_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

"$ours" --version >/dev/null    # builds the jar if needed
unset AWS_SSO_JAVA_CDS AWS_SSO_JAVA_OPTS
# Make sure the class-data archive is there and current before timing (bin/aws would otherwise make it in the
# background); the script returns at once when it is.
eval "$(AWS_SSO_JAVA_CDS=print "$ours")"
java=$cds_java
"$root/bin/aws-startup-archive" "$cds_java" "$cds_archive" "$cds_major"
waited=0    # another run may be making it (bin/aws starts one in the background)
while [ ! -f "$cds_archive" ] || [ "$root/target/aws-sso-java.jar" -nt "$cds_archive" ]; do
    [ $waited -lt 120 ] || { echo "no class-data archive: $cds_archive" >&2; exit 1; }
    sleep 1
    waited=$((waited + 1))
done

"$java" -cp "$root/target/aws-sso-java.jar" dev.ssocli.emulator.EmulatorMain --port 0 --approve auto \
    >"$work/emulator.env" 2>/dev/null &
emulator_pid=$!
until grep -q '^export AWS_ENDPOINT_URL_STS=' "$work/emulator.env" 2>/dev/null; do sleep 0.1; done
eval "$(grep '^export ' "$work/emulator.env")"
port=${AWS_ENDPOINT_URL_STS##*:}

export HOME="$work/home"
unset AWS_PROFILE AWS_DEFAULT_PROFILE AWS_CONFIG_FILE AWS_SHARED_CREDENTIALS_FILE AWS_ACCESS_KEY_ID \
    AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN AWS_REGION AWS_DEFAULT_REGION 2>/dev/null || true
export AWS_PAGER=""
mkdir -p "$HOME/.aws"
cat >"$HOME/.aws/config" <<CONFIG
[profile bench]
sso_session = bench
sso_account_id = 123456789012
sso_role_name = ReadOnly
region = us-east-1
output = json
[sso-session bench]
sso_start_url = https://d-0000000000.awsapps.com/start
sso_region = us-east-1
sso_registration_scopes = sso:account:access
CONFIG

# The real AWS CLI 2.9.19 predates AWS_ENDPOINT_URL_*: shadow its endpoint rule sets (docs/wire-protocols.md#older-clients).
if [ -n "$real_aws" ]; then
    /usr/bin/python3 - "$work/data" "$port" <<'PY'
import glob, json, os, sys
out, port = sys.argv[1], sys.argv[2]
for service, version in (("sso", "2019-06-10"), ("sso-oidc", "2019-06-10"), ("sts", "2011-06-15")):
    bundled = glob.glob("/usr/lib/python3/dist-packages/awscli/botocore/data/%s/%s/endpoint-rule-set-1.json" % (service, version))
    params = json.load(open(bundled[0]))["parameters"] if bundled else {"Endpoint": {"builtIn": "SDK::Endpoint", "required": False, "type": "String"}}
    rules = [
        {"conditions": [{"fn": "isSet", "argv": [{"ref": "Endpoint"}]}], "endpoint": {"url": {"ref": "Endpoint"}, "properties": {}, "headers": {}}, "type": "endpoint"},
        {"conditions": [], "endpoint": {"url": "http://127.0.0.1:%s" % port, "properties": {}, "headers": {}}, "type": "endpoint"},
    ]
    os.makedirs(os.path.join(out, service, version), exist_ok=True)
    json.dump({"version": "1.0", "parameters": params, "rules": rules}, open(os.path.join(out, service, version, "endpoint-rule-set-1.json"), "w"))
PY
fi

printf '#!/bin/sh\ncurl -sL -o /dev/null "$1"\n' >"$work/browser"
chmod +x "$work/browser"
BROWSER="$work/browser" "$ours" sso login --profile bench >/dev/null
token=$(sed 's/.*"accessToken": "\([^"]*\)".*/\1/' "$HOME/.aws/sso/cache/"*.json 2>/dev/null | head -n 1)
# Role credentials cached in ~/.aws/cli/cache by a first call.
"$ours" sts get-caller-identity --profile bench >/dev/null

cat >"$work/Hello.java" <<'JAVA'
public class Hello { public static void main(String[] a) { System.out.println("hello"); } }
JAVA
javac=${java%java}javac
[ -x "$javac" ] || javac=javac
"$javac" -d "$work" "$work/Hello.java"

# One sample: "<seconds> <max RSS KiB>".
sample() {
    /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null 2>&1 || true
    tail -n 1 "$work/time"
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Runs a command once untimed (warms the page cache) and stops the benchmark if it fails: a timing of an error path
# would be meaningless.
check() {
    [ -n "${before:-}" ] && eval "$before"
    if ! eval "$1" >"$work/check.out" 2>&1; then
        echo "benchmark command failed: $1" >&2
        cat "$work/check.out" >&2
        exit 1
    fi
}

run_case() { # name, our command..., --, real command...
    name=$1; shift
    ours_cmd= real_cmd= side=ours
    for a in "$@"; do
        if [ "$a" = "--" ]; then side=real; continue; fi
        if [ $side = ours ]; then ours_cmd="$ours_cmd '$a'"; else real_cmd="$real_cmd '$a'"; fi
    done
    check "$ours_cmd"
    if [ -n "$real_aws" ] && [ -n "$real_cmd" ]; then check "$real_cmd"; fi
    : >"$work/ours.samples"; : >"$work/real.samples"
    i=0
    while [ $i -lt "$rounds" ]; do
        [ -n "${before:-}" ] && eval "$before"
        eval "sample $ours_cmd" >>"$work/ours.samples"
        if [ -n "$real_aws" ] && [ -n "$real_cmd" ]; then
            [ -n "${before:-}" ] && eval "$before"
            eval "sample $real_cmd" >>"$work/real.samples"
        fi
        i=$((i + 1))
    done
    ot=$(cut -d' ' -f1 "$work/ours.samples" | median); om=$(cut -d' ' -f2 "$work/ours.samples" | median)
    rt=$(cut -d' ' -f1 "$work/real.samples" | median); rm_=$(cut -d' ' -f2 "$work/real.samples" | median)
    awk -v n="$name" -v ot="$ot" -v om="$om" -v rt="$rt" -v rm="$rm_" 'BEGIN {
        tr = (rt != "-" && rt > 0) ? sprintf("%.2f", ot / rt) : "-"
        mr = (rm != "-" && rm > 0) ? sprintf("%.2f", om / rm) : "-"
        printf "| %-52s | %6.2f s | %5.0f MiB | %6s s | %5s MiB | %5s | %5s |\n", n, ot, om / 1024, rt, (rm == "-" ? "-" : sprintf("%.0f", rm / 1024)), tr, mr
    }'
}

echo "machine: $(nproc) cores, $(uname -sr), $("$java" -version 2>&1 | head -n 1)"
echo "real CLI: $([ -n "$real_aws" ] && "$real_aws" --version 2>/dev/null || echo none); rounds: $rounds (medians)"
echo "class-data archive: $(basename "$cds_archive"); load before: $(uptime | sed 's/.*load average: //')"
echo
echo "| command | ours | ours RSS | real | real RSS | time ratio | RSS ratio |"
echo "|---|---|---|---|---|---|---|"
before=
run_case "JVM hello world (floor)" "$java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -cp "$work" Hello --
run_case "--version" "$ours" --version -- "$real_aws" --version
run_case "configure list-profiles" "$ours" configure list-profiles -- "$real_aws" configure list-profiles
run_case "configure get region --profile bench" "$ours" configure get region --profile bench -- "$real_aws" configure get region --profile bench
run_case "sts get-caller-identity (role creds cached)" "$ours" sts get-caller-identity --profile bench -- \
    env AWS_DATA_PATH="$work/data" "$real_aws" sts get-caller-identity --profile bench
before='rm -f "$HOME"/.aws/cli/cache/*.json'
run_case "sts get-caller-identity (role cache cleared)" "$ours" sts get-caller-identity --profile bench -- \
    env AWS_DATA_PATH="$work/data" "$real_aws" sts get-caller-identity --profile bench
before=
run_case "sso list-accounts (real CLI: --access-token)" "$ours" sso list-accounts --profile bench -- \
    env AWS_DATA_PATH="$work/data" "$real_aws" sso list-accounts --access-token "$token" --region us-east-1
run_case "sso status (an addition: no real CLI row)" "$ours" sso status --

# configure populate (an addition) against a second emulator holding 200 accounts x 3 roles, in its own HOME: each
# round starts from a config with only the sso-session, so all 600 profiles are listed and written.
python3 -c 'import json; print(json.dumps({"user": {"email": "a@example.com"}, "accounts": [{"accountId": "%012d" % (100000000000 + i), "accountName": "team-%03d" % i, "roles": ["Admin", "Dev", "ReadOnly"]} for i in range(200)]}))' >"$work/directory.json"
"$java" -cp "$root/target/aws-sso-java.jar" dev.ssocli.emulator.EmulatorMain --port 0 --approve auto \
    --directory "$work/directory.json" >"$work/emulator200.env" 2>/dev/null &
emulator200_pid=$!
until grep -q '^export AWS_ENDPOINT_URL_STS=' "$work/emulator200.env" 2>/dev/null; do sleep 0.1; done
(
    eval "$(grep '^export ' "$work/emulator200.env")"
    export HOME="$work/home200"
    mkdir -p "$HOME/.aws"
    printf '[sso-session big]\nsso_start_url = https://d-0000000000.awsapps.com/start\nsso_region = us-east-1\n' \
        >"$work/config200"
    cp "$work/config200" "$HOME/.aws/config"
    BROWSER="$work/browser" "$ours" sso login --sso-session big >/dev/null
    : >"$work/populate.samples"
    i=0
    while [ $i -lt 3 ]; do
        cp "$work/config200" "$HOME/.aws/config"
        sample "$ours" configure populate --sso-session big >>"$work/populate.samples"
        i=$((i + 1))
    done
    grep -c '^\[profile ' "$HOME/.aws/config" | grep -qx 600 || { echo "populate did not write 600 profiles" >&2; exit 1; }
    pt=$(cut -d' ' -f1 "$work/populate.samples" | median); pm=$(cut -d' ' -f2 "$work/populate.samples" | median)
    echo
    echo "configure populate, 200 accounts x 3 roles (600 profiles, median of 3): $pt s, $(( pm / 1024 )) MiB"
)
kill "$emulator200_pid" 2>/dev/null || true
echo
echo "load after: $(uptime | sed 's/.*load average: //')"
