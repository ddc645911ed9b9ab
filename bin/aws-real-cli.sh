# Sourced by bin/aws and bin/aws_completer: finds the real AWS CLI that command lines this front does not implement
# are handed to. Sets real_aws (the program to exec) or real_aws_problem (one line saying why there is none).
#   AWS_SSO_REAL_CLI=/path/to/aws   names it; otherwise the first `aws` on PATH that is not this front
# A candidate is this front when it resolves (through symlinks) to $self_real, or to another copy of it (a bin/
# directory holding aws-startup-archive beside aws). AWS_SSO_PASSTHROUGH records "[pid:program]" for every hand-over,
# so a wrapper that execs `aws` again (same pid) is skipped the next time and a chain of hand-overs stops after 8.

real_aws_is_front() {
    _r=$(readlink -f -- "$1" 2>/dev/null) || _r=$1
    [ "$_r" = "$self_real" ] || [ -f "${_r%/*}/aws-startup-archive" ]
}

real_aws_seen() {
    case ${AWS_SSO_PASSTHROUGH:-} in *"[$$:$1]"*) return 0 ;; esac
    return 1
}

real_aws_find() {
    real_aws= real_aws_problem=
    _hops=0 _rest=${AWS_SSO_PASSTHROUGH:-}
    while :; do
        case $_rest in *"["*) _rest=${_rest#*\[}; _hops=$((_hops + 1)) ;; *) break ;; esac
    done
    if [ "$_hops" -ge 8 ]; then
        real_aws_problem="aws: $_hops hand-overs to another aws in a row (a loop?); name the AWS CLI with AWS_SSO_REAL_CLI=/path/to/aws"
        return 1
    fi
    if [ -n "${AWS_SSO_REAL_CLI:-}" ]; then
        if [ ! -f "$AWS_SSO_REAL_CLI" ] || [ ! -x "$AWS_SSO_REAL_CLI" ]; then
            real_aws_problem="aws: AWS_SSO_REAL_CLI=$AWS_SSO_REAL_CLI is not an executable file"
        elif real_aws_is_front "$AWS_SSO_REAL_CLI" || real_aws_seen "$AWS_SSO_REAL_CLI"; then
            real_aws_problem="aws: AWS_SSO_REAL_CLI=$AWS_SSO_REAL_CLI leads back to this command, not to the AWS CLI"
        else
            real_aws=$AWS_SSO_REAL_CLI
            return 0
        fi
        return 1
    fi
    _saved_ifs=$IFS
    set -f
    IFS=:
    for _d in $PATH; do
        _c=${_d:-.}/aws
        if [ -f "$_c" ] && [ -x "$_c" ] && ! real_aws_seen "$_c" && ! real_aws_is_front "$_c"; then
            real_aws=$_c
            break
        fi
    done
    IFS=$_saved_ifs
    set +f
    [ -n "$real_aws" ] && return 0
    real_aws_problem="aws: no other AWS CLI (aws) was found on PATH to run this command; name one with AWS_SSO_REAL_CLI=/path/to/aws"
    return 1
}
