#!/bin/sh
# Makes the release archive with a bundled Java runtime: the release archive's files plus runtime/, a jlink image of
# a JDK 25 or newer (Java 25's AOT cache is what makes the commands start fast) holding the modules the jar needs.
# bin/aws runs runtime/bin/java when it is there (AWS_SSO_JAVA_HOME still wins). `./mvnw -Pdist,runtime package
# -Druntime.jdk=/path/to/jdk-25` runs this; DistArchiveIT runs it too.
#   usage: runtime-archive.sh DIST_ARCHIVE OUTPUT JDK
set -eu
fail() {
    echo "runtime-archive: $*" >&2
    exit 1
}
[ $# -ge 2 ] || fail "usage: runtime-archive.sh DIST_ARCHIVE OUTPUT JDK"
dist=$1 out=$2 jdk=${3:-}
[ -n "$jdk" ] || fail "no JDK named: give a JDK 25 or newer with -Druntime.jdk=/path/to/jdk-25"
[ -x "$jdk/bin/jlink" ] && [ -x "$jdk/bin/jdeps" ] && [ -f "$jdk/release" ] ||
    fail "$jdk is not a JDK (no bin/jlink, bin/jdeps or release file): give a JDK 25 or newer with -Druntime.jdk=/path"
major= runtime_version=
while IFS= read -r line; do
    case $line in
        JAVA_VERSION=*) v=${line#JAVA_VERSION=\"}; major=${v%%[.\"]*} ;;
        JAVA_RUNTIME_VERSION=*) runtime_version=${line#JAVA_RUNTIME_VERSION=\"}; runtime_version=${runtime_version%\"} ;;
    esac
done <"$jdk/release"
[ "$major" -ge 25 ] 2>/dev/null ||
    fail "$jdk is Java ${major:-of unknown version}: the bundled runtime needs Java 25 or newer (its AOT cache)"
[ -f "$dist" ] || fail "missing $dist: build it with ./mvnw -Pdist,runtime package"

work=$(mktemp -d)
trap 'rm -rf "$work" "$out.tmp"' EXIT
tar -xzf "$dist" -C "$work"
set -- "$work"/*
[ $# = 1 ] && [ -f "$1/lib/aws-sso-java.jar" ] || fail "$dist does not hold one install directory with lib/aws-sso-java.jar"
install=$1

# The modules the jar's classes name (jdeps; it prints the fewest that require the rest), plus the emulator's HTTP
# server (jdk.httpserver: bin/aws-startup-archive trains against it) and modules that the JDK and the libraries may
# reach only through reflection or service loading, which jdeps does not see (the StAX reader, JNDI, the EC
# provider's module, JUL and JMX, the extended charsets, sun.misc.Unsafe).
modules=$("$jdk/bin/jdeps" --ignore-missing-deps --multi-release "$major" --print-module-deps \
    "$install/lib/aws-sso-java.jar")
# A module a newer JDK no longer has (jdk.crypto.ec is empty since Java 22) is left out.
available="
$("$jdk/bin/java" --list-modules)"
for module in jdk.httpserver java.xml java.naming jdk.crypto.ec java.logging java.management jdk.charsets \
        jdk.unsupported; do
    case ,$modules, in
        *,$module,*) ;;
        *) case $available in *"
$module@"*) modules=$modules,$module ;; esac ;;
    esac
done

# Uncompressed modules: a zip-compressed image starts no faster and makes a larger .tar.gz (48 MB instead of 41 MB).
# The image's own class-data archive (--generate-cds-archive) serves the runs before the AOT cache is made.
"$jdk/bin/jlink" --add-modules "$modules" --generate-cds-archive --strip-debug --no-header-files --no-man-pages \
    ${runtime_version:+--release-info "add:JAVA_RUNTIME_VERSION=\"$runtime_version\""} \
    --output "$install/runtime" >"$work/jlink.log" 2>&1 || { cat "$work/jlink.log" >&2; fail "jlink failed"; }
"$install/runtime/bin/java" -version >/dev/null 2>&1 || fail "the runtime made from $jdk does not start"
chmod -R a+rX,go-w "$install/runtime"

mkdir -p "$(dirname "$out")"
tar -czf "$out.tmp" -C "$work" --owner=0 --group=0 --numeric-owner "${install##*/}"
mv -f "$out.tmp" "$out"
echo "runtime-archive: $out (Java $runtime_version, modules $modules)"
