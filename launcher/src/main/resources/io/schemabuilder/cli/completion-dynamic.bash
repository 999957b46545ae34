
# schema-builder's own part: source names after --sources, and run ids after show, restart, stop and abandon. It
# asks schema-builder itself (`schema-builder __complete ...`: the JVM starts, no Spring context; a lenient read of
# the config, or one query of the job repository as `history` makes), then leaves everything else to picocli's
# function above. Works in bash, and in zsh through bashcompinit (set up above).

# The value given to option $1 on the line being completed (empty when not given), a leading ~ as $HOME.
_schema_builder_option_value() {
  local i
  for ((i = 1; i < COMP_CWORD; i++)); do
    if [[ "${COMP_WORDS[i]}" == "$1" ]]; then
      printf '%s' "${COMP_WORDS[i+1]/#\~/$HOME}"
      return
    fi
  done
}

_schema_builder() {
  local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}"
  # Options that take a value; their value is not a positional parameter.
  local value_options=" @VALUE_OPTIONS@ "
  local command="" positionals=0 i word
  for ((i = 1; i < COMP_CWORD; i++)); do
    word="${COMP_WORDS[i]}"
    if [[ "$value_options" == *" $word "* ]]; then
      ((i++))
    elif [[ "$word" != -* ]]; then
      if [[ -z "$command" ]]; then command="$word"; else ((positionals++)); fi
    fi
  done
  local where=() option value
  for option in --config --output-dir --repository-url; do
    value="$(_schema_builder_option_value "$option")"
    [[ -n "$value" ]] && where+=("$option" "$value")
  done
  if [[ "$prev" == --sources ]]; then
    # A comma-separated list: complete the name after the last comma.
    local chosen="" last="$cur"
    if [[ "$cur" == *,* ]]; then
      chosen="${cur%,*},"
      last="${cur##*,}"
    fi
    COMPREPLY=($(compgen -P "$chosen" -W "$("${COMP_WORDS[0]}" __complete sources "${where[@]}" 2>/dev/null)" -- "$last"))
    return 0
  fi
  case "$command" in
    show|restart|stop|abandon)
      if [[ "$cur" != -* && $positionals -eq 0 && "$value_options" != *" $prev "* ]]; then
        COMPREPLY=($(compgen -W "$("${COMP_WORDS[0]}" __complete runs "$command" "${where[@]}" 2>/dev/null)" -- "$cur"))
        [[ ${#COMPREPLY[@]} -gt 0 ]] && return 0
      fi
      ;;
  esac
  _complete_schema-builder "$@"
}

complete -F _schema_builder -o default schema-builder
