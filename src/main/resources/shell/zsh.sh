# aws-sso-java shell integration for zsh: eval "$(aws sso shell-init zsh)" in ~/.zshrc
autoload -Uz compinit bashcompinit
(( $+functions[compdef] )) || compinit
bashcompinit
complete -C aws_completer aws
zmodload zsh/datetime

# awsp NAME: use profile NAME in this shell; awsp alone: show the current one.
awsp() {
    if [ $# -eq 0 ]; then
        printf '%s\n' "${AWS_PROFILE:-${AWS_DEFAULT_PROFILE:-default}}"
        return 0
    fi
    export AWS_PROFILE="$1"
}

__aws_sso_profiles() {
    awk '/^[ \t]*\[/ { s = $0; sub(/^[ \t]*\[[ \t]*/, "", s); sub(/[ \t]*\].*$/, "", s)
        if (s == "default") print s; else if (sub(/^profile[ \t]+/, "", s)) print s }' \
        "${AWS_CONFIG_FILE:-$HOME/.aws/config}" 2>/dev/null
}

__aws_sso_complete_awsp() {
    local IFS=$'\n'
    COMPREPLY=($(compgen -W "$(__aws_sso_profiles)" -- "${COMP_WORDS[COMP_CWORD]}"))
}
complete -F __aws_sso_complete_awsp awsp

# The prompt segment: "(PROFILE 7h59m) " with the SSO token's time left, "(PROFILE expired) ", or "(PROFILE) " for a
# profile without SSO. It reads the config and the token cache file itself (no JVM): add ${AWS_SSO_PROMPT} to PROMPT
# (with setopt PROMPT_SUBST).
__aws_sso_prompt() {
    local profile=${AWS_PROFILE:-${AWS_DEFAULT_PROFILE:-}} key hash line expires left
    AWS_SSO_PROMPT=
    [ -n "$profile" ] || return 0
    key=$(awk -v p="$profile" '
        /^[ \t]*\[/ { s = $0; sub(/^[ \t]*\[[ \t]*/, "", s); sub(/[ \t]*\].*$/, "", s)
            inside = (s == "profile " p || (p == "default" && s == "default")); next }
        inside && /^[ \t]*sso_session[ \t]*[=:]/ { v = $0; sub(/^[^=:]*[=:][ \t]*/, "", v); sub(/[ \t]+$/, "", v); session = v }
        inside && /^[ \t]*sso_start_url[ \t]*[=:]/ { v = $0; sub(/^[^=:]*[=:][ \t]*/, "", v); sub(/[ \t]+$/, "", v); url = v }
        END { if (session != "") print session; else print url }' "${AWS_CONFIG_FILE:-$HOME/.aws/config}" 2>/dev/null)
    if [ -z "$key" ]; then
        AWS_SSO_PROMPT="($profile) "
        return 0
    fi
    hash=$(printf '%s' "$key" | { sha1sum 2>/dev/null || shasum; })
    hash=${hash%% *}
    line=
    [ -r "$HOME/.aws/sso/cache/$hash.json" ] && { IFS= read -r line || [ -n "$line" ]; } < "$HOME/.aws/sso/cache/$hash.json"
    local match
    if [[ $line =~ '"expiresAt": *"([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})' ]]; then
        local y=$((10#${match[1]})) m=$((10#${match[2]})) d=$((10#${match[3]})) now
        # days since 1970-01-01 of a civil date (Howard Hinnant's algorithm), so no date(1) is needed
        [ $m -le 2 ] && y=$((y - 1))
        local era=$(( (y >= 0 ? y : y - 399) / 400 )) mp=$(( (m + 9) % 12 ))
        local yoe=$(( y - era * 400 )) doy=$(( (153 * mp + 2) / 5 + d - 1 ))
        local days=$(( era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468 ))
        expires=$(( days * 86400 + 10#${match[4]} * 3600 + 10#${match[5]} * 60 + 10#${match[6]} ))
        now=$EPOCHSECONDS
        left=$(( expires - now ))
        if [ $left -le 0 ]; then
            AWS_SSO_PROMPT="($profile expired) "
        elif [ $left -ge 3600 ]; then
            AWS_SSO_PROMPT="($profile $((left / 3600))h$(( (left % 3600) / 60 ))m) "
        else
            AWS_SSO_PROMPT="($profile $((left / 60))m) "
        fi
    else
        AWS_SSO_PROMPT="($profile no token) "
    fi
}
autoload -Uz add-zsh-hook
add-zsh-hook precmd __aws_sso_prompt
