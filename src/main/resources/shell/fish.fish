# aws-sso-java shell integration for fish: aws sso shell-init fish | source  (in ~/.config/fish/config.fish)
complete --command aws --no-files --arguments '(begin; set --local --export COMP_SHELL fish; set --local --export COMP_LINE (commandline); aws_completer | sed \'s/ $//\'; end)'

# awsp NAME: use profile NAME in this shell; awsp alone: show the current one.
function awsp --description 'Use an AWS profile in this shell'
    if test (count $argv) -eq 0
        if set -q AWS_PROFILE
            echo $AWS_PROFILE
        else if set -q AWS_DEFAULT_PROFILE
            echo $AWS_DEFAULT_PROFILE
        else
            echo default
        end
        return 0
    end
    set -gx AWS_PROFILE $argv[1]
end

function __aws_sso_profiles
    set -l config ~/.aws/config
    set -q AWS_CONFIG_FILE; and set config $AWS_CONFIG_FILE
    awk '/^[ \t]*\[/ { s = $0; sub(/^[ \t]*\[[ \t]*/, "", s); sub(/[ \t]*\].*$/, "", s)
        if (s == "default") print s; else if (sub(/^profile[ \t]+/, "", s)) print s }' $config 2>/dev/null
end
complete --command awsp --no-files --arguments '(__aws_sso_profiles)'

# The prompt segment: "(PROFILE 7h59m) " with the SSO token's time left, "(PROFILE expired) ", or "(PROFILE) " for a
# profile without SSO. It reads the config and the token cache file itself (no JVM): call aws_sso_prompt in
# fish_prompt.
function aws_sso_prompt
    set -l profile $AWS_PROFILE
    test -n "$profile"; or set profile $AWS_DEFAULT_PROFILE
    test -n "$profile"; or return 0
    set -l config ~/.aws/config
    set -q AWS_CONFIG_FILE; and set config $AWS_CONFIG_FILE
    set -l key (awk -v p="$profile" '
        /^[ \t]*\[/ { s = $0; sub(/^[ \t]*\[[ \t]*/, "", s); sub(/[ \t]*\].*$/, "", s)
            inside = (s == "profile " p || (p == "default" && s == "default")); next }
        inside && /^[ \t]*sso_session[ \t]*[=:]/ { v = $0; sub(/^[^=:]*[=:][ \t]*/, "", v); sub(/[ \t]+$/, "", v); session = v }
        inside && /^[ \t]*sso_start_url[ \t]*[=:]/ { v = $0; sub(/^[^=:]*[=:][ \t]*/, "", v); sub(/[ \t]+$/, "", v); url = v }
        END { if (session != "") print session; else print url }' $config 2>/dev/null)
    if test -z "$key"
        printf '(%s) ' $profile
        return 0
    end
    set -l hash (printf '%s' $key | begin; sha1sum 2>/dev/null; or shasum; end | string split -f1 ' ')
    set -l file ~/.aws/sso/cache/$hash.json
    set -l expires
    test -r $file; and set expires (string match -r -g '"expiresAt": *"([0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2})' < $file)
    if test -z "$expires"
        printf '(%s no token) ' $profile
        return 0
    end
    set -l epoch (date -u -d "$expires" +%s 2>/dev/null; or date -j -u -f '%Y-%m-%dT%H:%M:%S' "$expires" +%s)
    set -l left (math $epoch - (date +%s))
    if test $left -le 0
        printf '(%s expired) ' $profile
    else if test $left -ge 3600
        printf '(%s %dh%dm) ' $profile (math -s0 $left / 3600) (math -s0 $left % 3600 / 60)
    else
        printf '(%s %dm) ' $profile (math -s0 $left / 60)
    end
end
