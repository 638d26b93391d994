# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_signal_cli_global_optspecs
    string join \n profile= backend= http-url= ws-url= id-token= timeout= keepalive= option= insecure json q/quiet cognito-region= cognito-user-pool-id= cognito-client-id= cognito-client-secret= cognito-endpoint= h/help V/version
end

function __fish_signal_cli_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_signal_cli_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_signal_cli_using_subcommand
    set -l cmd (__fish_signal_cli_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c signal-cli -n "__fish_signal_cli_needs_command" -l profile -d 'Named target from the config file (see `signal-cli profile`)' -r
complete -c signal-cli -n "__fish_signal_cli_needs_command" -l backend -d 'Backend family of the target' -r -f -a "room\t''
mesh\t''
robot\t''
socketio\t''
appsync-events\t''
appsync-graphql\t''"
complete -c signal-cli -n "__fish_signal_cli_needs_command" -l http-url -d 'HTTP base URL of the target (room: the HTTP API)' -r
complete -c signal-cli -n "__fish_signal_cli_needs_command" -l ws-url -d 'WebSocket URL of the target' -r
complete -c signal-cli -n "__fish_signal_cli_needs_command" -l id-token -d 'Use this identity token instead of the token cache' -r
complete -c signal-cli -n "__fish_signal_cli_needs_command" -l timeout -d 'Bound on every network wait' -r
complete -c signal-cli -n "__fish_signal_cli_needs_command" -l keepalive -d 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)' -r
complete -c signal-cli -n "__fish_signal_cli_needs_command" -l option -d 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles' -r
complete -c signal-cli -n "__fish_signal_cli_needs_command" -l cognito-region -d 'Region of the user pool (default: the pool id\'s prefix)' -r
complete -c signal-cli -n "__fish_signal_cli_needs_command" -l cognito-user-pool-id -d 'User pool id (`us-east-1_AbCdEf`)' -r
complete -c signal-cli -n "__fish_signal_cli_needs_command" -l cognito-client-id -d 'App client id' -r
complete -c signal-cli -n "__fish_signal_cli_needs_command" -l cognito-client-secret -d 'App client secret, when the client has one (sent as SECRET_HASH)' -r
complete -c signal-cli -n "__fish_signal_cli_needs_command" -l cognito-endpoint -d 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)' -r
complete -c signal-cli -n "__fish_signal_cli_needs_command" -l insecure -d 'Accept TLS certificates that do not verify (self-signed emulators)'
complete -c signal-cli -n "__fish_signal_cli_needs_command" -l json -d 'Print JSON (one document, or NDJSON for streams) instead of tables'
complete -c signal-cli -n "__fish_signal_cli_needs_command" -s q -l quiet -d 'Print nothing but errors'
complete -c signal-cli -n "__fish_signal_cli_needs_command" -s h -l help -d 'Print help'
complete -c signal-cli -n "__fish_signal_cli_needs_command" -s V -l version -d 'Print version'
complete -c signal-cli -n "__fish_signal_cli_needs_command" -f -a "auth" -d 'Sign in and manage the token cache'
complete -c signal-cli -n "__fish_signal_cli_needs_command" -f -a "room" -d 'Create and delete rooms on a room server'
complete -c signal-cli -n "__fish_signal_cli_needs_command" -f -a "peer" -d 'Act as one signaling peer'
complete -c signal-cli -n "__fish_signal_cli_needs_command" -f -a "appsync" -d 'Publish and subscribe on AWS AppSync'
complete -c signal-cli -n "__fish_signal_cli_needs_command" -f -a "replay" -d 'Run offer/answer/candidate flows between virtual peers and verify them'
complete -c signal-cli -n "__fish_signal_cli_needs_command" -f -a "loadtest" -d 'Load-test a backend: many peers running a flow, every signal timed'
complete -c signal-cli -n "__fish_signal_cli_needs_command" -f -a "report" -d 'Print or merge load-test result files (`loadtest --save`)'
complete -c signal-cli -n "__fish_signal_cli_needs_command" -f -a "profile" -d 'Manage named targets in the config file'
complete -c signal-cli -n "__fish_signal_cli_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c signal-cli -n "__fish_signal_cli_needs_command" -f -a "serve" -d 'Run local emulators of signaling backends'
complete -c signal-cli -n "__fish_signal_cli_needs_command" -f -a "compare" -d 'Run one workload against two targets in alternating rounds and compare latency, losses and throughput side by side'
complete -c signal-cli -n "__fish_signal_cli_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and not __fish_seen_subcommand_from anonymous signin signup confirm refresh whoami logout help" -l profile -d 'Named target from the config file (see `signal-cli profile`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and not __fish_seen_subcommand_from anonymous signin signup confirm refresh whoami logout help" -l backend -d 'Backend family of the target' -r -f -a "room\t''
mesh\t''
robot\t''
socketio\t''
appsync-events\t''
appsync-graphql\t''"
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and not __fish_seen_subcommand_from anonymous signin signup confirm refresh whoami logout help" -l http-url -d 'HTTP base URL of the target (room: the HTTP API)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and not __fish_seen_subcommand_from anonymous signin signup confirm refresh whoami logout help" -l ws-url -d 'WebSocket URL of the target' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and not __fish_seen_subcommand_from anonymous signin signup confirm refresh whoami logout help" -l id-token -d 'Use this identity token instead of the token cache' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and not __fish_seen_subcommand_from anonymous signin signup confirm refresh whoami logout help" -l timeout -d 'Bound on every network wait' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and not __fish_seen_subcommand_from anonymous signin signup confirm refresh whoami logout help" -l keepalive -d 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and not __fish_seen_subcommand_from anonymous signin signup confirm refresh whoami logout help" -l option -d 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and not __fish_seen_subcommand_from anonymous signin signup confirm refresh whoami logout help" -l cognito-region -d 'Region of the user pool (default: the pool id\'s prefix)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and not __fish_seen_subcommand_from anonymous signin signup confirm refresh whoami logout help" -l cognito-user-pool-id -d 'User pool id (`us-east-1_AbCdEf`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and not __fish_seen_subcommand_from anonymous signin signup confirm refresh whoami logout help" -l cognito-client-id -d 'App client id' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and not __fish_seen_subcommand_from anonymous signin signup confirm refresh whoami logout help" -l cognito-client-secret -d 'App client secret, when the client has one (sent as SECRET_HASH)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and not __fish_seen_subcommand_from anonymous signin signup confirm refresh whoami logout help" -l cognito-endpoint -d 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and not __fish_seen_subcommand_from anonymous signin signup confirm refresh whoami logout help" -l insecure -d 'Accept TLS certificates that do not verify (self-signed emulators)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and not __fish_seen_subcommand_from anonymous signin signup confirm refresh whoami logout help" -l json -d 'Print JSON (one document, or NDJSON for streams) instead of tables'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and not __fish_seen_subcommand_from anonymous signin signup confirm refresh whoami logout help" -s q -l quiet -d 'Print nothing but errors'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and not __fish_seen_subcommand_from anonymous signin signup confirm refresh whoami logout help" -s h -l help -d 'Print help'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and not __fish_seen_subcommand_from anonymous signin signup confirm refresh whoami logout help" -s V -l version -d 'Print version'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and not __fish_seen_subcommand_from anonymous signin signup confirm refresh whoami logout help" -f -a "anonymous" -d 'Get an anonymous identity from the target and cache its token'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and not __fish_seen_subcommand_from anonymous signin signup confirm refresh whoami logout help" -f -a "signin" -d 'Sign in to the Cognito user pool (USER_PASSWORD_AUTH) and cache the tokens'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and not __fish_seen_subcommand_from anonymous signin signup confirm refresh whoami logout help" -f -a "signup" -d 'Create a user in the Cognito user pool'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and not __fish_seen_subcommand_from anonymous signin signup confirm refresh whoami logout help" -f -a "confirm" -d 'Confirm a new user with the code Cognito sent'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and not __fish_seen_subcommand_from anonymous signin signup confirm refresh whoami logout help" -f -a "refresh" -d 'Get new ID and access tokens with the cached refresh token now'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and not __fish_seen_subcommand_from anonymous signin signup confirm refresh whoami logout help" -f -a "whoami" -d 'Show the claims of the cached identity token'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and not __fish_seen_subcommand_from anonymous signin signup confirm refresh whoami logout help" -f -a "logout" -d 'Remove the cached tokens of the profile'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and not __fish_seen_subcommand_from anonymous signin signup confirm refresh whoami logout help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from anonymous" -l profile -d 'Named target from the config file (see `signal-cli profile`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from anonymous" -l backend -d 'Backend family of the target' -r -f -a "room\t''
mesh\t''
robot\t''
socketio\t''
appsync-events\t''
appsync-graphql\t''"
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from anonymous" -l http-url -d 'HTTP base URL of the target (room: the HTTP API)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from anonymous" -l ws-url -d 'WebSocket URL of the target' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from anonymous" -l id-token -d 'Use this identity token instead of the token cache' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from anonymous" -l timeout -d 'Bound on every network wait' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from anonymous" -l keepalive -d 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from anonymous" -l option -d 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from anonymous" -l cognito-region -d 'Region of the user pool (default: the pool id\'s prefix)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from anonymous" -l cognito-user-pool-id -d 'User pool id (`us-east-1_AbCdEf`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from anonymous" -l cognito-client-id -d 'App client id' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from anonymous" -l cognito-client-secret -d 'App client secret, when the client has one (sent as SECRET_HASH)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from anonymous" -l cognito-endpoint -d 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from anonymous" -l show-token -d 'Also print the token itself'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from anonymous" -l insecure -d 'Accept TLS certificates that do not verify (self-signed emulators)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from anonymous" -l json -d 'Print JSON (one document, or NDJSON for streams) instead of tables'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from anonymous" -s q -l quiet -d 'Print nothing but errors'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from anonymous" -s h -l help -d 'Print help'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from anonymous" -s V -l version -d 'Print version'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from signin" -l username -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from signin" -l profile -d 'Named target from the config file (see `signal-cli profile`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from signin" -l backend -d 'Backend family of the target' -r -f -a "room\t''
mesh\t''
robot\t''
socketio\t''
appsync-events\t''
appsync-graphql\t''"
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from signin" -l http-url -d 'HTTP base URL of the target (room: the HTTP API)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from signin" -l ws-url -d 'WebSocket URL of the target' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from signin" -l id-token -d 'Use this identity token instead of the token cache' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from signin" -l timeout -d 'Bound on every network wait' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from signin" -l keepalive -d 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from signin" -l option -d 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from signin" -l cognito-region -d 'Region of the user pool (default: the pool id\'s prefix)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from signin" -l cognito-user-pool-id -d 'User pool id (`us-east-1_AbCdEf`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from signin" -l cognito-client-id -d 'App client id' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from signin" -l cognito-client-secret -d 'App client secret, when the client has one (sent as SECRET_HASH)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from signin" -l cognito-endpoint -d 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from signin" -l password-stdin -d 'Read the password from the first line of standard input (else it is asked for on the terminal)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from signin" -l new-password-stdin -d 'Answer NEW_PASSWORD_REQUIRED with a new password read from standard input (the line after the password with --password-stdin)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from signin" -l show-token -d 'Also print the token itself'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from signin" -l insecure -d 'Accept TLS certificates that do not verify (self-signed emulators)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from signin" -l json -d 'Print JSON (one document, or NDJSON for streams) instead of tables'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from signin" -s q -l quiet -d 'Print nothing but errors'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from signin" -s h -l help -d 'Print help'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from signin" -s V -l version -d 'Print version'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from signup" -l username -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from signup" -l attribute -d 'A user attribute, NAME=VALUE (email=a@example.com). Repeatable' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from signup" -l profile -d 'Named target from the config file (see `signal-cli profile`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from signup" -l backend -d 'Backend family of the target' -r -f -a "room\t''
mesh\t''
robot\t''
socketio\t''
appsync-events\t''
appsync-graphql\t''"
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from signup" -l http-url -d 'HTTP base URL of the target (room: the HTTP API)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from signup" -l ws-url -d 'WebSocket URL of the target' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from signup" -l id-token -d 'Use this identity token instead of the token cache' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from signup" -l timeout -d 'Bound on every network wait' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from signup" -l keepalive -d 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from signup" -l option -d 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from signup" -l cognito-region -d 'Region of the user pool (default: the pool id\'s prefix)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from signup" -l cognito-user-pool-id -d 'User pool id (`us-east-1_AbCdEf`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from signup" -l cognito-client-id -d 'App client id' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from signup" -l cognito-client-secret -d 'App client secret, when the client has one (sent as SECRET_HASH)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from signup" -l cognito-endpoint -d 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from signup" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from signup" -l insecure -d 'Accept TLS certificates that do not verify (self-signed emulators)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from signup" -l json -d 'Print JSON (one document, or NDJSON for streams) instead of tables'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from signup" -s q -l quiet -d 'Print nothing but errors'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from signup" -s h -l help -d 'Print help'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from signup" -s V -l version -d 'Print version'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from confirm" -l username -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from confirm" -l code -d 'The confirmation code' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from confirm" -l profile -d 'Named target from the config file (see `signal-cli profile`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from confirm" -l backend -d 'Backend family of the target' -r -f -a "room\t''
mesh\t''
robot\t''
socketio\t''
appsync-events\t''
appsync-graphql\t''"
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from confirm" -l http-url -d 'HTTP base URL of the target (room: the HTTP API)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from confirm" -l ws-url -d 'WebSocket URL of the target' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from confirm" -l id-token -d 'Use this identity token instead of the token cache' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from confirm" -l timeout -d 'Bound on every network wait' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from confirm" -l keepalive -d 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from confirm" -l option -d 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from confirm" -l cognito-region -d 'Region of the user pool (default: the pool id\'s prefix)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from confirm" -l cognito-user-pool-id -d 'User pool id (`us-east-1_AbCdEf`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from confirm" -l cognito-client-id -d 'App client id' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from confirm" -l cognito-client-secret -d 'App client secret, when the client has one (sent as SECRET_HASH)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from confirm" -l cognito-endpoint -d 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from confirm" -l insecure -d 'Accept TLS certificates that do not verify (self-signed emulators)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from confirm" -l json -d 'Print JSON (one document, or NDJSON for streams) instead of tables'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from confirm" -s q -l quiet -d 'Print nothing but errors'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from confirm" -s h -l help -d 'Print help'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from confirm" -s V -l version -d 'Print version'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from refresh" -l profile -d 'Named target from the config file (see `signal-cli profile`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from refresh" -l backend -d 'Backend family of the target' -r -f -a "room\t''
mesh\t''
robot\t''
socketio\t''
appsync-events\t''
appsync-graphql\t''"
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from refresh" -l http-url -d 'HTTP base URL of the target (room: the HTTP API)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from refresh" -l ws-url -d 'WebSocket URL of the target' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from refresh" -l id-token -d 'Use this identity token instead of the token cache' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from refresh" -l timeout -d 'Bound on every network wait' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from refresh" -l keepalive -d 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from refresh" -l option -d 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from refresh" -l cognito-region -d 'Region of the user pool (default: the pool id\'s prefix)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from refresh" -l cognito-user-pool-id -d 'User pool id (`us-east-1_AbCdEf`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from refresh" -l cognito-client-id -d 'App client id' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from refresh" -l cognito-client-secret -d 'App client secret, when the client has one (sent as SECRET_HASH)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from refresh" -l cognito-endpoint -d 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from refresh" -l show-token -d 'Also print the token itself'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from refresh" -l insecure -d 'Accept TLS certificates that do not verify (self-signed emulators)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from refresh" -l json -d 'Print JSON (one document, or NDJSON for streams) instead of tables'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from refresh" -s q -l quiet -d 'Print nothing but errors'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from refresh" -s h -l help -d 'Print help'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from refresh" -s V -l version -d 'Print version'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l profile -d 'Named target from the config file (see `signal-cli profile`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l backend -d 'Backend family of the target' -r -f -a "room\t''
mesh\t''
robot\t''
socketio\t''
appsync-events\t''
appsync-graphql\t''"
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l http-url -d 'HTTP base URL of the target (room: the HTTP API)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l ws-url -d 'WebSocket URL of the target' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l id-token -d 'Use this identity token instead of the token cache' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l timeout -d 'Bound on every network wait' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l keepalive -d 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l option -d 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l cognito-region -d 'Region of the user pool (default: the pool id\'s prefix)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l cognito-user-pool-id -d 'User pool id (`us-east-1_AbCdEf`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l cognito-client-id -d 'App client id' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l cognito-client-secret -d 'App client secret, when the client has one (sent as SECRET_HASH)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l cognito-endpoint -d 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l show-token -d 'Also print the token itself'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l insecure -d 'Accept TLS certificates that do not verify (self-signed emulators)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l json -d 'Print JSON (one document, or NDJSON for streams) instead of tables'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from whoami" -s q -l quiet -d 'Print nothing but errors'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from whoami" -s h -l help -d 'Print help'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from whoami" -s V -l version -d 'Print version'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from logout" -l profile -d 'Named target from the config file (see `signal-cli profile`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from logout" -l backend -d 'Backend family of the target' -r -f -a "room\t''
mesh\t''
robot\t''
socketio\t''
appsync-events\t''
appsync-graphql\t''"
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from logout" -l http-url -d 'HTTP base URL of the target (room: the HTTP API)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from logout" -l ws-url -d 'WebSocket URL of the target' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from logout" -l id-token -d 'Use this identity token instead of the token cache' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from logout" -l timeout -d 'Bound on every network wait' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from logout" -l keepalive -d 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from logout" -l option -d 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from logout" -l cognito-region -d 'Region of the user pool (default: the pool id\'s prefix)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from logout" -l cognito-user-pool-id -d 'User pool id (`us-east-1_AbCdEf`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from logout" -l cognito-client-id -d 'App client id' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from logout" -l cognito-client-secret -d 'App client secret, when the client has one (sent as SECRET_HASH)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from logout" -l cognito-endpoint -d 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from logout" -l insecure -d 'Accept TLS certificates that do not verify (self-signed emulators)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from logout" -l json -d 'Print JSON (one document, or NDJSON for streams) instead of tables'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from logout" -s q -l quiet -d 'Print nothing but errors'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from logout" -s h -l help -d 'Print help'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from logout" -s V -l version -d 'Print version'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "anonymous" -d 'Get an anonymous identity from the target and cache its token'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "signin" -d 'Sign in to the Cognito user pool (USER_PASSWORD_AUTH) and cache the tokens'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "signup" -d 'Create a user in the Cognito user pool'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "confirm" -d 'Confirm a new user with the code Cognito sent'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "refresh" -d 'Get new ID and access tokens with the cached refresh token now'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "whoami" -d 'Show the claims of the cached identity token'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "logout" -d 'Remove the cached tokens of the profile'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and not __fish_seen_subcommand_from create delete help" -l profile -d 'Named target from the config file (see `signal-cli profile`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and not __fish_seen_subcommand_from create delete help" -l backend -d 'Backend family of the target' -r -f -a "room\t''
mesh\t''
robot\t''
socketio\t''
appsync-events\t''
appsync-graphql\t''"
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and not __fish_seen_subcommand_from create delete help" -l http-url -d 'HTTP base URL of the target (room: the HTTP API)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and not __fish_seen_subcommand_from create delete help" -l ws-url -d 'WebSocket URL of the target' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and not __fish_seen_subcommand_from create delete help" -l id-token -d 'Use this identity token instead of the token cache' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and not __fish_seen_subcommand_from create delete help" -l timeout -d 'Bound on every network wait' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and not __fish_seen_subcommand_from create delete help" -l keepalive -d 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and not __fish_seen_subcommand_from create delete help" -l option -d 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and not __fish_seen_subcommand_from create delete help" -l cognito-region -d 'Region of the user pool (default: the pool id\'s prefix)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and not __fish_seen_subcommand_from create delete help" -l cognito-user-pool-id -d 'User pool id (`us-east-1_AbCdEf`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and not __fish_seen_subcommand_from create delete help" -l cognito-client-id -d 'App client id' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and not __fish_seen_subcommand_from create delete help" -l cognito-client-secret -d 'App client secret, when the client has one (sent as SECRET_HASH)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and not __fish_seen_subcommand_from create delete help" -l cognito-endpoint -d 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and not __fish_seen_subcommand_from create delete help" -l insecure -d 'Accept TLS certificates that do not verify (self-signed emulators)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and not __fish_seen_subcommand_from create delete help" -l json -d 'Print JSON (one document, or NDJSON for streams) instead of tables'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and not __fish_seen_subcommand_from create delete help" -s q -l quiet -d 'Print nothing but errors'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and not __fish_seen_subcommand_from create delete help" -s h -l help -d 'Print help'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and not __fish_seen_subcommand_from create delete help" -s V -l version -d 'Print version'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and not __fish_seen_subcommand_from create delete help" -f -a "create" -d 'Create a room; prints its id and its token'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and not __fish_seen_subcommand_from create delete help" -f -a "delete" -d 'Delete a peer\'s room and users (`--peer`) or a room (`--room`)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and not __fish_seen_subcommand_from create delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and __fish_seen_subcommand_from create" -l profile -d 'Named target from the config file (see `signal-cli profile`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and __fish_seen_subcommand_from create" -l backend -d 'Backend family of the target' -r -f -a "room\t''
mesh\t''
robot\t''
socketio\t''
appsync-events\t''
appsync-graphql\t''"
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and __fish_seen_subcommand_from create" -l http-url -d 'HTTP base URL of the target (room: the HTTP API)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and __fish_seen_subcommand_from create" -l ws-url -d 'WebSocket URL of the target' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and __fish_seen_subcommand_from create" -l id-token -d 'Use this identity token instead of the token cache' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and __fish_seen_subcommand_from create" -l timeout -d 'Bound on every network wait' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and __fish_seen_subcommand_from create" -l keepalive -d 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and __fish_seen_subcommand_from create" -l option -d 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and __fish_seen_subcommand_from create" -l cognito-region -d 'Region of the user pool (default: the pool id\'s prefix)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and __fish_seen_subcommand_from create" -l cognito-user-pool-id -d 'User pool id (`us-east-1_AbCdEf`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and __fish_seen_subcommand_from create" -l cognito-client-id -d 'App client id' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and __fish_seen_subcommand_from create" -l cognito-client-secret -d 'App client secret, when the client has one (sent as SECRET_HASH)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and __fish_seen_subcommand_from create" -l cognito-endpoint -d 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and __fish_seen_subcommand_from create" -l insecure -d 'Accept TLS certificates that do not verify (self-signed emulators)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and __fish_seen_subcommand_from create" -l json -d 'Print JSON (one document, or NDJSON for streams) instead of tables'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print nothing but errors'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and __fish_seen_subcommand_from delete" -l peer -d 'A peer id: deletes every peer of its room, then the room' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and __fish_seen_subcommand_from delete" -l room -d 'A room id' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and __fish_seen_subcommand_from delete" -l profile -d 'Named target from the config file (see `signal-cli profile`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and __fish_seen_subcommand_from delete" -l backend -d 'Backend family of the target' -r -f -a "room\t''
mesh\t''
robot\t''
socketio\t''
appsync-events\t''
appsync-graphql\t''"
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and __fish_seen_subcommand_from delete" -l http-url -d 'HTTP base URL of the target (room: the HTTP API)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and __fish_seen_subcommand_from delete" -l ws-url -d 'WebSocket URL of the target' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and __fish_seen_subcommand_from delete" -l id-token -d 'Use this identity token instead of the token cache' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and __fish_seen_subcommand_from delete" -l timeout -d 'Bound on every network wait' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and __fish_seen_subcommand_from delete" -l keepalive -d 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and __fish_seen_subcommand_from delete" -l option -d 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and __fish_seen_subcommand_from delete" -l cognito-region -d 'Region of the user pool (default: the pool id\'s prefix)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and __fish_seen_subcommand_from delete" -l cognito-user-pool-id -d 'User pool id (`us-east-1_AbCdEf`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and __fish_seen_subcommand_from delete" -l cognito-client-id -d 'App client id' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and __fish_seen_subcommand_from delete" -l cognito-client-secret -d 'App client secret, when the client has one (sent as SECRET_HASH)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and __fish_seen_subcommand_from delete" -l cognito-endpoint -d 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and __fish_seen_subcommand_from delete" -l insecure -d 'Accept TLS certificates that do not verify (self-signed emulators)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and __fish_seen_subcommand_from delete" -l json -d 'Print JSON (one document, or NDJSON for streams) instead of tables'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print nothing but errors'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a room; prints its id and its token'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a peer\'s room and users (`--peer`) or a room (`--room`)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand room; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand peer; and not __fish_seen_subcommand_from connect help" -l profile -d 'Named target from the config file (see `signal-cli profile`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand peer; and not __fish_seen_subcommand_from connect help" -l backend -d 'Backend family of the target' -r -f -a "room\t''
mesh\t''
robot\t''
socketio\t''
appsync-events\t''
appsync-graphql\t''"
complete -c signal-cli -n "__fish_signal_cli_using_subcommand peer; and not __fish_seen_subcommand_from connect help" -l http-url -d 'HTTP base URL of the target (room: the HTTP API)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand peer; and not __fish_seen_subcommand_from connect help" -l ws-url -d 'WebSocket URL of the target' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand peer; and not __fish_seen_subcommand_from connect help" -l id-token -d 'Use this identity token instead of the token cache' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand peer; and not __fish_seen_subcommand_from connect help" -l timeout -d 'Bound on every network wait' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand peer; and not __fish_seen_subcommand_from connect help" -l keepalive -d 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand peer; and not __fish_seen_subcommand_from connect help" -l option -d 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand peer; and not __fish_seen_subcommand_from connect help" -l cognito-region -d 'Region of the user pool (default: the pool id\'s prefix)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand peer; and not __fish_seen_subcommand_from connect help" -l cognito-user-pool-id -d 'User pool id (`us-east-1_AbCdEf`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand peer; and not __fish_seen_subcommand_from connect help" -l cognito-client-id -d 'App client id' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand peer; and not __fish_seen_subcommand_from connect help" -l cognito-client-secret -d 'App client secret, when the client has one (sent as SECRET_HASH)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand peer; and not __fish_seen_subcommand_from connect help" -l cognito-endpoint -d 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand peer; and not __fish_seen_subcommand_from connect help" -l insecure -d 'Accept TLS certificates that do not verify (self-signed emulators)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand peer; and not __fish_seen_subcommand_from connect help" -l json -d 'Print JSON (one document, or NDJSON for streams) instead of tables'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand peer; and not __fish_seen_subcommand_from connect help" -s q -l quiet -d 'Print nothing but errors'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand peer; and not __fish_seen_subcommand_from connect help" -s h -l help -d 'Print help'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand peer; and not __fish_seen_subcommand_from connect help" -s V -l version -d 'Print version'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand peer; and not __fish_seen_subcommand_from connect help" -f -a "connect" -d 'Connect as a peer, register, then send and receive signals'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand peer; and not __fish_seen_subcommand_from connect help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand peer; and __fish_seen_subcommand_from connect" -l room -l robot-id -d 'Where the peers meet: a room id, or the robot a robot or operator connects for (refused by backends whose peers meet without one)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand peer; and __fish_seen_subcommand_from connect" -l role -d 'This peer\'s part, for backends whose peers differ (robot: robot or operator, the default); refused by backends whose peers are alike' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand peer; and __fish_seen_subcommand_from connect" -l token -d 'The secret of that meeting point (a room\'s token; refused by backends without one)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand peer; and __fish_seen_subcommand_from connect" -l peer-id -d 'This peer\'s name; random when not given' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand peer; and __fish_seen_subcommand_from connect" -l send -d 'Send a signal: offer|answer|candidate|EVENT to PEER, with an optional payload size in bytes; or raw:TEXT to send TEXT as one frame' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand peer; and __fish_seen_subcommand_from connect" -l expect -d 'Wait for a signal of KIND (from FROM); fails with exit 3 after --timeout' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand peer; and __fish_seen_subcommand_from connect" -l script -d 'Run the commands of FILE, one per line' -r -F
complete -c signal-cli -n "__fish_signal_cli_using_subcommand peer; and __fish_seen_subcommand_from connect" -l record -d 'Write every signal sent and received to FILE as a flow (JSONL) that `replay` can run' -r -F
complete -c signal-cli -n "__fish_signal_cli_using_subcommand peer; and __fish_seen_subcommand_from connect" -l linger -d 'After the script, keep printing what arrives for this long' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand peer; and __fish_seen_subcommand_from connect" -l profile -d 'Named target from the config file (see `signal-cli profile`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand peer; and __fish_seen_subcommand_from connect" -l backend -d 'Backend family of the target' -r -f -a "room\t''
mesh\t''
robot\t''
socketio\t''
appsync-events\t''
appsync-graphql\t''"
complete -c signal-cli -n "__fish_signal_cli_using_subcommand peer; and __fish_seen_subcommand_from connect" -l http-url -d 'HTTP base URL of the target (room: the HTTP API)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand peer; and __fish_seen_subcommand_from connect" -l ws-url -d 'WebSocket URL of the target' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand peer; and __fish_seen_subcommand_from connect" -l id-token -d 'Use this identity token instead of the token cache' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand peer; and __fish_seen_subcommand_from connect" -l timeout -d 'Bound on every network wait' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand peer; and __fish_seen_subcommand_from connect" -l keepalive -d 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand peer; and __fish_seen_subcommand_from connect" -l option -d 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand peer; and __fish_seen_subcommand_from connect" -l cognito-region -d 'Region of the user pool (default: the pool id\'s prefix)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand peer; and __fish_seen_subcommand_from connect" -l cognito-user-pool-id -d 'User pool id (`us-east-1_AbCdEf`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand peer; and __fish_seen_subcommand_from connect" -l cognito-client-id -d 'App client id' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand peer; and __fish_seen_subcommand_from connect" -l cognito-client-secret -d 'App client secret, when the client has one (sent as SECRET_HASH)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand peer; and __fish_seen_subcommand_from connect" -l cognito-endpoint -d 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand peer; and __fish_seen_subcommand_from connect" -l insecure -d 'Accept TLS certificates that do not verify (self-signed emulators)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand peer; and __fish_seen_subcommand_from connect" -l json -d 'Print JSON (one document, or NDJSON for streams) instead of tables'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand peer; and __fish_seen_subcommand_from connect" -s q -l quiet -d 'Print nothing but errors'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand peer; and __fish_seen_subcommand_from connect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand peer; and __fish_seen_subcommand_from connect" -s V -l version -d 'Print version'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand peer; and __fish_seen_subcommand_from help" -f -a "connect" -d 'Connect as a peer, register, then send and receive signals'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand peer; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and not __fish_seen_subcommand_from events graphql help" -l profile -d 'Named target from the config file (see `signal-cli profile`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and not __fish_seen_subcommand_from events graphql help" -l backend -d 'Backend family of the target' -r -f -a "room\t''
mesh\t''
robot\t''
socketio\t''
appsync-events\t''
appsync-graphql\t''"
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and not __fish_seen_subcommand_from events graphql help" -l http-url -d 'HTTP base URL of the target (room: the HTTP API)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and not __fish_seen_subcommand_from events graphql help" -l ws-url -d 'WebSocket URL of the target' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and not __fish_seen_subcommand_from events graphql help" -l id-token -d 'Use this identity token instead of the token cache' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and not __fish_seen_subcommand_from events graphql help" -l timeout -d 'Bound on every network wait' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and not __fish_seen_subcommand_from events graphql help" -l keepalive -d 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and not __fish_seen_subcommand_from events graphql help" -l option -d 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and not __fish_seen_subcommand_from events graphql help" -l cognito-region -d 'Region of the user pool (default: the pool id\'s prefix)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and not __fish_seen_subcommand_from events graphql help" -l cognito-user-pool-id -d 'User pool id (`us-east-1_AbCdEf`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and not __fish_seen_subcommand_from events graphql help" -l cognito-client-id -d 'App client id' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and not __fish_seen_subcommand_from events graphql help" -l cognito-client-secret -d 'App client secret, when the client has one (sent as SECRET_HASH)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and not __fish_seen_subcommand_from events graphql help" -l cognito-endpoint -d 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and not __fish_seen_subcommand_from events graphql help" -l insecure -d 'Accept TLS certificates that do not verify (self-signed emulators)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and not __fish_seen_subcommand_from events graphql help" -l json -d 'Print JSON (one document, or NDJSON for streams) instead of tables'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and not __fish_seen_subcommand_from events graphql help" -s q -l quiet -d 'Print nothing but errors'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and not __fish_seen_subcommand_from events graphql help" -s h -l help -d 'Print help'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and not __fish_seen_subcommand_from events graphql help" -s V -l version -d 'Print version'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and not __fish_seen_subcommand_from events graphql help" -f -a "events" -d 'AppSync Event API channels (target: the API\'s HTTP URL; auth with --option appsync.auth=api-key|cognito|iam|lambda|oidc)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and not __fish_seen_subcommand_from events graphql help" -f -a "graphql" -d 'AppSync GraphQL APIs (target: the API\'s URL; the same auth options)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and not __fish_seen_subcommand_from events graphql help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and __fish_seen_subcommand_from events" -l profile -d 'Named target from the config file (see `signal-cli profile`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and __fish_seen_subcommand_from events" -l backend -d 'Backend family of the target' -r -f -a "room\t''
mesh\t''
robot\t''
socketio\t''
appsync-events\t''
appsync-graphql\t''"
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and __fish_seen_subcommand_from events" -l http-url -d 'HTTP base URL of the target (room: the HTTP API)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and __fish_seen_subcommand_from events" -l ws-url -d 'WebSocket URL of the target' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and __fish_seen_subcommand_from events" -l id-token -d 'Use this identity token instead of the token cache' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and __fish_seen_subcommand_from events" -l timeout -d 'Bound on every network wait' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and __fish_seen_subcommand_from events" -l keepalive -d 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and __fish_seen_subcommand_from events" -l option -d 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and __fish_seen_subcommand_from events" -l cognito-region -d 'Region of the user pool (default: the pool id\'s prefix)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and __fish_seen_subcommand_from events" -l cognito-user-pool-id -d 'User pool id (`us-east-1_AbCdEf`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and __fish_seen_subcommand_from events" -l cognito-client-id -d 'App client id' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and __fish_seen_subcommand_from events" -l cognito-client-secret -d 'App client secret, when the client has one (sent as SECRET_HASH)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and __fish_seen_subcommand_from events" -l cognito-endpoint -d 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and __fish_seen_subcommand_from events" -l insecure -d 'Accept TLS certificates that do not verify (self-signed emulators)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and __fish_seen_subcommand_from events" -l json -d 'Print JSON (one document, or NDJSON for streams) instead of tables'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and __fish_seen_subcommand_from events" -s q -l quiet -d 'Print nothing but errors'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and __fish_seen_subcommand_from events" -s h -l help -d 'Print help'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and __fish_seen_subcommand_from events" -s V -l version -d 'Print version'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and __fish_seen_subcommand_from events" -f -a "subscribe" -d 'Subscribe to channels (`/*` wildcards allowed) and print each event as it arrives'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and __fish_seen_subcommand_from events" -f -a "publish" -d 'Publish 1 to 5 events to a channel; exit 3 when any failed'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and __fish_seen_subcommand_from events" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and __fish_seen_subcommand_from graphql" -l profile -d 'Named target from the config file (see `signal-cli profile`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and __fish_seen_subcommand_from graphql" -l backend -d 'Backend family of the target' -r -f -a "room\t''
mesh\t''
robot\t''
socketio\t''
appsync-events\t''
appsync-graphql\t''"
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and __fish_seen_subcommand_from graphql" -l http-url -d 'HTTP base URL of the target (room: the HTTP API)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and __fish_seen_subcommand_from graphql" -l ws-url -d 'WebSocket URL of the target' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and __fish_seen_subcommand_from graphql" -l id-token -d 'Use this identity token instead of the token cache' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and __fish_seen_subcommand_from graphql" -l timeout -d 'Bound on every network wait' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and __fish_seen_subcommand_from graphql" -l keepalive -d 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and __fish_seen_subcommand_from graphql" -l option -d 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and __fish_seen_subcommand_from graphql" -l cognito-region -d 'Region of the user pool (default: the pool id\'s prefix)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and __fish_seen_subcommand_from graphql" -l cognito-user-pool-id -d 'User pool id (`us-east-1_AbCdEf`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and __fish_seen_subcommand_from graphql" -l cognito-client-id -d 'App client id' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and __fish_seen_subcommand_from graphql" -l cognito-client-secret -d 'App client secret, when the client has one (sent as SECRET_HASH)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and __fish_seen_subcommand_from graphql" -l cognito-endpoint -d 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and __fish_seen_subcommand_from graphql" -l insecure -d 'Accept TLS certificates that do not verify (self-signed emulators)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and __fish_seen_subcommand_from graphql" -l json -d 'Print JSON (one document, or NDJSON for streams) instead of tables'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and __fish_seen_subcommand_from graphql" -s q -l quiet -d 'Print nothing but errors'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and __fish_seen_subcommand_from graphql" -s h -l help -d 'Print help'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and __fish_seen_subcommand_from graphql" -s V -l version -d 'Print version'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and __fish_seen_subcommand_from graphql" -f -a "subscribe" -d 'Start subscriptions over the real-time endpoint and print each `data` payload as it arrives'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and __fish_seen_subcommand_from graphql" -f -a "mutate" -d 'Run a mutation over HTTP and print its data and errors; exit 3 on GraphQL errors'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and __fish_seen_subcommand_from graphql" -f -a "query" -d 'Run a query over HTTP and print its data and errors; exit 3 on GraphQL errors'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and __fish_seen_subcommand_from graphql" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and __fish_seen_subcommand_from help" -f -a "events" -d 'AppSync Event API channels (target: the API\'s HTTP URL; auth with --option appsync.auth=api-key|cognito|iam|lambda|oidc)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and __fish_seen_subcommand_from help" -f -a "graphql" -d 'AppSync GraphQL APIs (target: the API\'s URL; the same auth options)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand appsync; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand replay" -l flow -d 'A built-in flow (default offer-answer)' -r -f -a "offer-answer\t''
trickle\t''
glare\t''
ice-restart\t''
call\t''"
complete -c signal-cli -n "__fish_signal_cli_using_subcommand replay" -l candidates -d 'Candidates each way, for the trickle flow' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand replay" -l size -d 'Size in bytes of synthetic SDP' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand replay" -l pairs -d 'Run the flow between this many pairs of peers at once' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand replay" -l repeat -d 'Run the flow this many times on the same connections' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand replay" -l settle -d 'After the last signal arrived, keep listening this long for duplicates and misdeliveries' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand replay" -l junit -d 'Also write the verdicts as JUnit XML' -r -F
complete -c signal-cli -n "__fish_signal_cli_using_subcommand replay" -l profile -d 'Named target from the config file (see `signal-cli profile`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand replay" -l backend -d 'Backend family of the target' -r -f -a "room\t''
mesh\t''
robot\t''
socketio\t''
appsync-events\t''
appsync-graphql\t''"
complete -c signal-cli -n "__fish_signal_cli_using_subcommand replay" -l http-url -d 'HTTP base URL of the target (room: the HTTP API)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand replay" -l ws-url -d 'WebSocket URL of the target' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand replay" -l id-token -d 'Use this identity token instead of the token cache' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand replay" -l timeout -d 'Bound on every network wait' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand replay" -l keepalive -d 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand replay" -l option -d 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand replay" -l cognito-region -d 'Region of the user pool (default: the pool id\'s prefix)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand replay" -l cognito-user-pool-id -d 'User pool id (`us-east-1_AbCdEf`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand replay" -l cognito-client-id -d 'App client id' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand replay" -l cognito-client-secret -d 'App client secret, when the client has one (sent as SECRET_HASH)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand replay" -l cognito-endpoint -d 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand replay" -l print -d 'Print the flow as JSONL (a file to start from) instead of running it'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand replay" -l insecure -d 'Accept TLS certificates that do not verify (self-signed emulators)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand replay" -l json -d 'Print JSON (one document, or NDJSON for streams) instead of tables'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand replay" -s q -l quiet -d 'Print nothing but errors'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand replay" -s h -l help -d 'Print help'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand replay" -s V -l version -d 'Print version'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand loadtest" -l flow -d 'A built-in flow (default offer-answer)' -r -f -a "offer-answer\t''
trickle\t''
glare\t''
ice-restart\t''
call\t''"
complete -c signal-cli -n "__fish_signal_cli_using_subcommand loadtest" -l candidates -d 'Candidates each way, for the trickle flow' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand loadtest" -l size -d 'Size in bytes of synthetic SDP' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand loadtest" -l pairs -d 'Independent pairs (groups of the flow\'s peers)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand loadtest" -l rooms -d 'Rooms instead of pairs: each member runs the flow with every other member of its room' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand loadtest" -l peers-per-room -d 'Members of each room (with --rooms)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand loadtest" -l rate -d 'Open model: new flows per second (each with new peers), for --duration (default 10s) or as the start of the --stage ramps' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand loadtest" -l stage -d 'Open model: ramp the arrival rate to RATE flows/s over DURATION, e.g. --stage 30s:100 --stage 1m:500. Repeatable' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand loadtest" -l max-sessions -d 'Open model: most sessions alive at once; arrivals that find no room within --timeout are dropped (and counted)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand loadtest" -l iterations -d 'Flow iterations per pair (default 10 when no --duration); 0 only connects (and holds, with --hold)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand loadtest" -l duration -d 'Stop starting new iterations after this long' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand loadtest" -l connect-rate -d 'New sessions per second while ramping up' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand loadtest" -l connect-concurrency -d 'Most sessions of this process connecting at once (handshake and registration); the others wait their turn, untimed' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand loadtest" -l hold -d 'Keep every session connected (idle) this long after its iterations' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand loadtest" -l token-pool -d 'Identities signed in up front and shared by the peers' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand loadtest" -l auth-rate -d 'Sign-ins per second for the token pool (Cognito allows 120)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand loadtest" -l seed -d 'Names the run\'s signals; every shard of one plan takes the same (default: random)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand loadtest" -l threshold -d 'A pass/fail condition checked at the end, e.g. \'delivery.p99<50ms\', \'errors<0.1%\', \'lost<5\' (which replaces the default \'lost==0\'). Repeatable; exit 3 when any fails. Always checked unless replaced: lost==0, send_failed==0, duplicated==0, corrupted==0, misdelivered==0, sessions_failed==0' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand loadtest" -l out -d 'Write one NDJSON line per second to FILE' -r -F
complete -c signal-cli -n "__fish_signal_cli_using_subcommand loadtest" -l save -d 'Write the result file to FILE: the summary, every histogram exactly, the per-second series, the plan and the target (secrets redacted), for `signal-cli report` and `report merge`. `-`: on standard output, as one line, instead of the summary' -r -F
complete -c signal-cli -n "__fish_signal_cli_using_subcommand loadtest" -l shard -d 'Run part I of N of the plan (I from 0): groups, arrivals and the token pool are dealt out so that N shards run exactly the whole plan. Needs --seed' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand loadtest" -l start-at -d 'Begin the load at this instant (RFC 3339, UTC, e.g. 2026-12-02T10:00:00Z), after signing in: shards line up' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand loadtest" -l emit -d 'Print what runs this load test as N shards instead of running it: `kubernetes`, an Indexed Job (then `report merge` of its pods\' results)' -r -f -a "kubernetes\t''"
complete -c signal-cli -n "__fish_signal_cli_using_subcommand loadtest" -l shards -d 'Shards for --emit' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand loadtest" -l sessions-per-shard -d 'With --emit: as many shards as hold the plan\'s sessions at N each (instead of --shards)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand loadtest" -l image -d 'With --emit kubernetes: the container image (built by the repository\'s Dockerfile)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand loadtest" -l k8s-secret -d 'With --emit kubernetes: the Kubernetes Secret whose keys the shards get as environment (SIGNAL_CLI_ID_TOKEN, SIGNAL_CLI_OPTIONS, SIGNAL_CLI_COGNITO_CLIENT_SECRET); secrets are never put in the manifest' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand loadtest" -l job-name -d 'With --emit kubernetes: the Job\'s name' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand loadtest" -l profile -d 'Named target from the config file (see `signal-cli profile`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand loadtest" -l backend -d 'Backend family of the target' -r -f -a "room\t''
mesh\t''
robot\t''
socketio\t''
appsync-events\t''
appsync-graphql\t''"
complete -c signal-cli -n "__fish_signal_cli_using_subcommand loadtest" -l http-url -d 'HTTP base URL of the target (room: the HTTP API)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand loadtest" -l ws-url -d 'WebSocket URL of the target' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand loadtest" -l id-token -d 'Use this identity token instead of the token cache' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand loadtest" -l timeout -d 'Bound on every network wait' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand loadtest" -l keepalive -d 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand loadtest" -l option -d 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand loadtest" -l cognito-region -d 'Region of the user pool (default: the pool id\'s prefix)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand loadtest" -l cognito-user-pool-id -d 'User pool id (`us-east-1_AbCdEf`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand loadtest" -l cognito-client-id -d 'App client id' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand loadtest" -l cognito-client-secret -d 'App client secret, when the client has one (sent as SECRET_HASH)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand loadtest" -l cognito-endpoint -d 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand loadtest" -l allow-loss -d 'Do not fail the run for lost signals (drops the default \'lost==0\')'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand loadtest" -l abort-on-fail -d 'Check the thresholds every second and stop as soon as one fails'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand loadtest" -l insecure -d 'Accept TLS certificates that do not verify (self-signed emulators)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand loadtest" -l json -d 'Print JSON (one document, or NDJSON for streams) instead of tables'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand loadtest" -s q -l quiet -d 'Print nothing but errors'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand loadtest" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand loadtest" -s V -l version -d 'Print version'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand report; and not __fish_seen_subcommand_from merge help" -l profile -d 'Named target from the config file (see `signal-cli profile`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand report; and not __fish_seen_subcommand_from merge help" -l backend -d 'Backend family of the target' -r -f -a "room\t''
mesh\t''
robot\t''
socketio\t''
appsync-events\t''
appsync-graphql\t''"
complete -c signal-cli -n "__fish_signal_cli_using_subcommand report; and not __fish_seen_subcommand_from merge help" -l http-url -d 'HTTP base URL of the target (room: the HTTP API)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand report; and not __fish_seen_subcommand_from merge help" -l ws-url -d 'WebSocket URL of the target' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand report; and not __fish_seen_subcommand_from merge help" -l id-token -d 'Use this identity token instead of the token cache' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand report; and not __fish_seen_subcommand_from merge help" -l timeout -d 'Bound on every network wait' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand report; and not __fish_seen_subcommand_from merge help" -l keepalive -d 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand report; and not __fish_seen_subcommand_from merge help" -l option -d 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand report; and not __fish_seen_subcommand_from merge help" -l cognito-region -d 'Region of the user pool (default: the pool id\'s prefix)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand report; and not __fish_seen_subcommand_from merge help" -l cognito-user-pool-id -d 'User pool id (`us-east-1_AbCdEf`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand report; and not __fish_seen_subcommand_from merge help" -l cognito-client-id -d 'App client id' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand report; and not __fish_seen_subcommand_from merge help" -l cognito-client-secret -d 'App client secret, when the client has one (sent as SECRET_HASH)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand report; and not __fish_seen_subcommand_from merge help" -l cognito-endpoint -d 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand report; and not __fish_seen_subcommand_from merge help" -l insecure -d 'Accept TLS certificates that do not verify (self-signed emulators)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand report; and not __fish_seen_subcommand_from merge help" -l json -d 'Print JSON (one document, or NDJSON for streams) instead of tables'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand report; and not __fish_seen_subcommand_from merge help" -s q -l quiet -d 'Print nothing but errors'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand report; and not __fish_seen_subcommand_from merge help" -s h -l help -d 'Print help'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand report; and not __fish_seen_subcommand_from merge help" -s V -l version -d 'Print version'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand report; and not __fish_seen_subcommand_from merge help" -a "merge" -d 'Merge the results of a plan\'s shards exactly: histograms added, counters summed, seconds lined up, thresholds checked again'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand report; and not __fish_seen_subcommand_from merge help" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand report; and __fish_seen_subcommand_from merge" -l save -d 'Write the merged result file to OUT' -r -F
complete -c signal-cli -n "__fish_signal_cli_using_subcommand report; and __fish_seen_subcommand_from merge" -l profile -d 'Named target from the config file (see `signal-cli profile`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand report; and __fish_seen_subcommand_from merge" -l backend -d 'Backend family of the target' -r -f -a "room\t''
mesh\t''
robot\t''
socketio\t''
appsync-events\t''
appsync-graphql\t''"
complete -c signal-cli -n "__fish_signal_cli_using_subcommand report; and __fish_seen_subcommand_from merge" -l http-url -d 'HTTP base URL of the target (room: the HTTP API)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand report; and __fish_seen_subcommand_from merge" -l ws-url -d 'WebSocket URL of the target' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand report; and __fish_seen_subcommand_from merge" -l id-token -d 'Use this identity token instead of the token cache' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand report; and __fish_seen_subcommand_from merge" -l timeout -d 'Bound on every network wait' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand report; and __fish_seen_subcommand_from merge" -l keepalive -d 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand report; and __fish_seen_subcommand_from merge" -l option -d 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand report; and __fish_seen_subcommand_from merge" -l cognito-region -d 'Region of the user pool (default: the pool id\'s prefix)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand report; and __fish_seen_subcommand_from merge" -l cognito-user-pool-id -d 'User pool id (`us-east-1_AbCdEf`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand report; and __fish_seen_subcommand_from merge" -l cognito-client-id -d 'App client id' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand report; and __fish_seen_subcommand_from merge" -l cognito-client-secret -d 'App client secret, when the client has one (sent as SECRET_HASH)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand report; and __fish_seen_subcommand_from merge" -l cognito-endpoint -d 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand report; and __fish_seen_subcommand_from merge" -l partial -d 'Merge even when some shards\' results are missing'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand report; and __fish_seen_subcommand_from merge" -l insecure -d 'Accept TLS certificates that do not verify (self-signed emulators)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand report; and __fish_seen_subcommand_from merge" -l json -d 'Print JSON (one document, or NDJSON for streams) instead of tables'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand report; and __fish_seen_subcommand_from merge" -s q -l quiet -d 'Print nothing but errors'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand report; and __fish_seen_subcommand_from merge" -s h -l help -d 'Print help'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand report; and __fish_seen_subcommand_from merge" -s V -l version -d 'Print version'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "merge" -d 'Merge the results of a plan\'s shards exactly: histograms added, counters summed, seconds lined up, thresholds checked again'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -l profile -d 'Named target from the config file (see `signal-cli profile`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -l backend -d 'Backend family of the target' -r -f -a "room\t''
mesh\t''
robot\t''
socketio\t''
appsync-events\t''
appsync-graphql\t''"
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -l http-url -d 'HTTP base URL of the target (room: the HTTP API)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -l ws-url -d 'WebSocket URL of the target' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -l id-token -d 'Use this identity token instead of the token cache' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -l timeout -d 'Bound on every network wait' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -l keepalive -d 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -l option -d 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -l cognito-region -d 'Region of the user pool (default: the pool id\'s prefix)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -l cognito-user-pool-id -d 'User pool id (`us-east-1_AbCdEf`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -l cognito-client-id -d 'App client id' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -l cognito-client-secret -d 'App client secret, when the client has one (sent as SECRET_HASH)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -l cognito-endpoint -d 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -l insecure -d 'Accept TLS certificates that do not verify (self-signed emulators)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -l json -d 'Print JSON (one document, or NDJSON for streams) instead of tables'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -s q -l quiet -d 'Print nothing but errors'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -s h -l help -d 'Print help'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -s V -l version -d 'Print version'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -f -a "add" -d 'Add or replace a profile from --backend, --http-url and --ws-url'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -f -a "list" -d 'List profiles'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -f -a "show" -d 'Show one profile (the current one by default)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -f -a "use" -d 'Make a profile the default'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -f -a "remove" -d 'Remove a profile'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from add" -l profile -d 'Named target from the config file (see `signal-cli profile`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from add" -l backend -d 'Backend family of the target' -r -f -a "room\t''
mesh\t''
robot\t''
socketio\t''
appsync-events\t''
appsync-graphql\t''"
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from add" -l http-url -d 'HTTP base URL of the target (room: the HTTP API)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from add" -l ws-url -d 'WebSocket URL of the target' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from add" -l id-token -d 'Use this identity token instead of the token cache' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from add" -l timeout -d 'Bound on every network wait' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from add" -l keepalive -d 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from add" -l option -d 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from add" -l cognito-region -d 'Region of the user pool (default: the pool id\'s prefix)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from add" -l cognito-user-pool-id -d 'User pool id (`us-east-1_AbCdEf`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from add" -l cognito-client-id -d 'App client id' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from add" -l cognito-client-secret -d 'App client secret, when the client has one (sent as SECRET_HASH)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from add" -l cognito-endpoint -d 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from add" -l use -d 'Also make it the default profile'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from add" -l insecure -d 'Accept TLS certificates that do not verify (self-signed emulators)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from add" -l json -d 'Print JSON (one document, or NDJSON for streams) instead of tables'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print nothing but errors'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from list" -l profile -d 'Named target from the config file (see `signal-cli profile`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from list" -l backend -d 'Backend family of the target' -r -f -a "room\t''
mesh\t''
robot\t''
socketio\t''
appsync-events\t''
appsync-graphql\t''"
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from list" -l http-url -d 'HTTP base URL of the target (room: the HTTP API)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from list" -l ws-url -d 'WebSocket URL of the target' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from list" -l id-token -d 'Use this identity token instead of the token cache' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from list" -l timeout -d 'Bound on every network wait' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from list" -l keepalive -d 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from list" -l option -d 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from list" -l cognito-region -d 'Region of the user pool (default: the pool id\'s prefix)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from list" -l cognito-user-pool-id -d 'User pool id (`us-east-1_AbCdEf`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from list" -l cognito-client-id -d 'App client id' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from list" -l cognito-client-secret -d 'App client secret, when the client has one (sent as SECRET_HASH)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from list" -l cognito-endpoint -d 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from list" -l insecure -d 'Accept TLS certificates that do not verify (self-signed emulators)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from list" -l json -d 'Print JSON (one document, or NDJSON for streams) instead of tables'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but errors'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from show" -l profile -d 'Named target from the config file (see `signal-cli profile`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from show" -l backend -d 'Backend family of the target' -r -f -a "room\t''
mesh\t''
robot\t''
socketio\t''
appsync-events\t''
appsync-graphql\t''"
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from show" -l http-url -d 'HTTP base URL of the target (room: the HTTP API)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from show" -l ws-url -d 'WebSocket URL of the target' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from show" -l id-token -d 'Use this identity token instead of the token cache' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from show" -l timeout -d 'Bound on every network wait' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from show" -l keepalive -d 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from show" -l option -d 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from show" -l cognito-region -d 'Region of the user pool (default: the pool id\'s prefix)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from show" -l cognito-user-pool-id -d 'User pool id (`us-east-1_AbCdEf`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from show" -l cognito-client-id -d 'App client id' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from show" -l cognito-client-secret -d 'App client secret, when the client has one (sent as SECRET_HASH)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from show" -l cognito-endpoint -d 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from show" -l insecure -d 'Accept TLS certificates that do not verify (self-signed emulators)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from show" -l json -d 'Print JSON (one document, or NDJSON for streams) instead of tables'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing but errors'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from use" -l profile -d 'Named target from the config file (see `signal-cli profile`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from use" -l backend -d 'Backend family of the target' -r -f -a "room\t''
mesh\t''
robot\t''
socketio\t''
appsync-events\t''
appsync-graphql\t''"
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from use" -l http-url -d 'HTTP base URL of the target (room: the HTTP API)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from use" -l ws-url -d 'WebSocket URL of the target' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from use" -l id-token -d 'Use this identity token instead of the token cache' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from use" -l timeout -d 'Bound on every network wait' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from use" -l keepalive -d 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from use" -l option -d 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from use" -l cognito-region -d 'Region of the user pool (default: the pool id\'s prefix)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from use" -l cognito-user-pool-id -d 'User pool id (`us-east-1_AbCdEf`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from use" -l cognito-client-id -d 'App client id' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from use" -l cognito-client-secret -d 'App client secret, when the client has one (sent as SECRET_HASH)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from use" -l cognito-endpoint -d 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from use" -l insecure -d 'Accept TLS certificates that do not verify (self-signed emulators)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from use" -l json -d 'Print JSON (one document, or NDJSON for streams) instead of tables'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from use" -s q -l quiet -d 'Print nothing but errors'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from use" -s V -l version -d 'Print version'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from remove" -l profile -d 'Named target from the config file (see `signal-cli profile`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from remove" -l backend -d 'Backend family of the target' -r -f -a "room\t''
mesh\t''
robot\t''
socketio\t''
appsync-events\t''
appsync-graphql\t''"
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from remove" -l http-url -d 'HTTP base URL of the target (room: the HTTP API)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from remove" -l ws-url -d 'WebSocket URL of the target' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from remove" -l id-token -d 'Use this identity token instead of the token cache' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from remove" -l timeout -d 'Bound on every network wait' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from remove" -l keepalive -d 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from remove" -l option -d 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from remove" -l cognito-region -d 'Region of the user pool (default: the pool id\'s prefix)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from remove" -l cognito-user-pool-id -d 'User pool id (`us-east-1_AbCdEf`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from remove" -l cognito-client-id -d 'App client id' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from remove" -l cognito-client-secret -d 'App client secret, when the client has one (sent as SECRET_HASH)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from remove" -l cognito-endpoint -d 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from remove" -l insecure -d 'Accept TLS certificates that do not verify (self-signed emulators)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from remove" -l json -d 'Print JSON (one document, or NDJSON for streams) instead of tables'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print nothing but errors'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add or replace a profile from --backend, --http-url and --ws-url'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "list" -d 'List profiles'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one profile (the current one by default)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "use" -d 'Make a profile the default'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a profile'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand completions" -l profile -d 'Named target from the config file (see `signal-cli profile`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand completions" -l backend -d 'Backend family of the target' -r -f -a "room\t''
mesh\t''
robot\t''
socketio\t''
appsync-events\t''
appsync-graphql\t''"
complete -c signal-cli -n "__fish_signal_cli_using_subcommand completions" -l http-url -d 'HTTP base URL of the target (room: the HTTP API)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand completions" -l ws-url -d 'WebSocket URL of the target' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand completions" -l id-token -d 'Use this identity token instead of the token cache' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand completions" -l timeout -d 'Bound on every network wait' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand completions" -l keepalive -d 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand completions" -l option -d 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand completions" -l cognito-region -d 'Region of the user pool (default: the pool id\'s prefix)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand completions" -l cognito-user-pool-id -d 'User pool id (`us-east-1_AbCdEf`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand completions" -l cognito-client-id -d 'App client id' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand completions" -l cognito-client-secret -d 'App client secret, when the client has one (sent as SECRET_HASH)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand completions" -l cognito-endpoint -d 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand completions" -l insecure -d 'Accept TLS certificates that do not verify (self-signed emulators)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand completions" -l json -d 'Print JSON (one document, or NDJSON for streams) instead of tables'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand completions" -s q -l quiet -d 'Print nothing but errors'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand completions" -s h -l help -d 'Print help'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand completions" -s V -l version -d 'Print version'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l host -d 'Address to listen on' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l port -d 'Port of the main listener (room: its HTTP API, 8001); 0 picks a free port for every listener' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l token-lifetime -d 'Lifetime of the tokens the embedded identity provider issues' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l fault -d 'Inject a fault into the Nth relayed message: drop:N, duplicate:N, reorder:N (N after N+1), corrupt:N, delay:N:DURATION. Repeatable' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l confirmation-code -d 'The Cognito endpoint\'s confirmation code for every new user (default: a random one per user, written to standard error)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l cognito-throttle -d 'The Cognito endpoint answers its first N requests with TooManyRequestsException, as a pool over its quota would' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l tls-cert -d 'Serve TLS with this PEM certificate chain (with --tls-key) instead of a self-signed one, where the emulator serves TLS (AppSync); plain HTTP stays on the same port' -r -F
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l tls-key -d 'The PEM private key of --tls-cert' -r -F
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l write-cert -d 'Write the served certificate here (PEM), for clients to trust' -r -F
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l jwks-url -d 'Verify tokens against this external JWKS instead of issuing our own' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l issuer -d 'Expected `iss` of tokens (default: the embedded provider\'s)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l audience -d 'Expected `aud` (app client id) of tokens' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l header-timeout -d 'Close a connection that has not sent a whole HTTP request head this long after it opened or after its last response' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l max-connections-per-client -d 'Connections one client address may hold open on each listener; more are closed as soon as they are accepted' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l ws-port -d 'Room: port of the WebSocket listener (default 8080; the HTTP API is on --port, default 8001)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l room-ttl -d 'Room: lifetime of a room' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l max-frame -d 'Room: largest WebSocket message; a larger one closes the connection (1009), as the real server\'s websockets library does' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l ping-interval -d 'Room: WebSocket ping interval (the websockets library\'s 20s)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l ping-timeout -d 'Room: close (1011) a connection whose pong has not come this long after a ping' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l flavour -d 'Mesh: the deployment to imitate' -r -f -a "node\t'The mesh library\'s plain WebSocket server (Node)'
apigw\t'An API Gateway WebSocket API with a Lambda behind it'"
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l mesh-ttl -d 'Mesh (apigw flavour): the Lambda\'s TTL_SECONDS; a peer is active this long after its join (only a join refreshes it)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l frame-limit -d 'API Gateway: largest frame (bytes); larger closes with 1009' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l message-limit -d 'API Gateway: largest message (bytes); larger closes with 1009' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l idle-timeout -d 'API Gateway: close a connection with no data frame for this long' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l max-duration -d 'API Gateway and AppSync: close every connection after this long' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l lambda-error -d 'API Gateway: the Nth message\'s Lambda invocation fails (counted over the whole API); its sender gets `{"message": "Internal server error", ...}` and stays connected. Repeatable' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l lambda -d 'Robot: the Lambda to run: upstream\'s handler as of commit acf2c28, or the design of protocols/robot.md' -r -f -a "acf2c28\t'`handler.ts` of ModulrCloud/robot-teleop-webapp at commit acf2c28 (2 December 2025), the last before sessions and billing'
notes\t'The design protocols/robot.md describes: payloads wrapped, the sender\'s `clientConnectionId` added, expiry checked on every message'"
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l server -d 'Socket.IO: the server to be: PantherKolab\'s (6f1fbec: call control, no relay), or the relay-and-presence pattern' -r -f -a "pantherkolab\t'PantherKolab\'s server (6f1fbec): call control and messages, no presence, no relay'
relay\t'Presence, user rooms and the WebRTC relay, the pattern of common Socket.IO signaling servers'"
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l attach-delay -d 'Socket.IO, PantherKolab: how long after acknowledging a CONNECT the server starts handling the socket\'s events (it drops earlier ones, as the seed does while its handlers load; 0 handles them at once)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l max-http-buffer-size -d 'Socket.IO: the largest packet accepted (`maxHttpBufferSize`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l namespace -d 'AppSync Events: a channel namespace, optionally with its own auth modes for publish and subscribe (`secure=iam,cognito`). Repeatable; default calls, chats, users' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l own-channel -d 'AppSync Events: in this namespace a user may subscribe only to channels whose second segment is its own `sub` (repeatable)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l auth-mode -d 'AppSync: an auth mode the API accepts for connections and, unless a namespace says otherwise, operations: api-key, cognito, iam, lambda, oidc (repeatable; default api-key and cognito)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l api-key -d 'AppSync: an accepted API key (repeatable; default: one made at start and printed)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l iam-key -d 'AppSync IAM: an access key whose SigV4 signatures are accepted (repeatable)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l lambda-token -d 'AppSync Lambda auth: a token the authorizer accepts (repeatable)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l ka-interval -d 'AppSync: interval of `ka` keep-alive frames' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l connection-timeout -d 'AppSync: the `connectionTimeoutMs` of `connection_ack`, the longest a client should wait for a `ka` before it drops the connection' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l schema -d 'AppSync GraphQL: the API\'s schema (SDL) instead of the built-in `Signal` schema; it must keep `sendSignal`/`onSignal`' -r -F
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l profile -d 'Named target from the config file (see `signal-cli profile`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l backend -d 'Backend family of the target' -r -f -a "room\t''
mesh\t''
robot\t''
socketio\t''
appsync-events\t''
appsync-graphql\t''"
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l http-url -d 'HTTP base URL of the target (room: the HTTP API)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l ws-url -d 'WebSocket URL of the target' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l id-token -d 'Use this identity token instead of the token cache' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l timeout -d 'Bound on every network wait' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l keepalive -d 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l option -d 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l cognito-region -d 'Region of the user pool (default: the pool id\'s prefix)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l cognito-user-pool-id -d 'User pool id (`us-east-1_AbCdEf`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l cognito-client-id -d 'App client id' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l cognito-client-secret -d 'App client secret, when the client has one (sent as SECRET_HASH)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l cognito-endpoint -d 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l diagnostics -d 'Also send explanatory error frames for what the real server drops silently (by default those reasons go to the log on standard error only)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l single-port -d 'Room: serve the HTTP API and the WebSocket on one port'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l drop-candidates -d 'Room: drop relayed `candidate` messages, as server.py at commit 8144b60 does (by default they are relayed, as the protocol\'s design and trickle ICE need)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l network-per-path -d 'Mesh (node flavour): every URL path is a network of its own, as if one server ran per path (the real server has one network whatever the path; for load tests of many small meshes)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l faithful-limits -d 'API Gateway: also enforce its quotas (500 new connections per second)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l route-responses -d 'Robot: answer every message with the Lambda\'s status (`{"statusCode": 409, "body": ...}`), as a route response would'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l presence-per-room -d 'Socket.IO, relay: announce a user\'s presence only to the sockets whose CONNECT named the same `auth.room` (an extension; without it every arrival is announced to every socket)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l insecure -d 'Accept TLS certificates that do not verify (self-signed emulators)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -l json -d 'Print JSON (one document, or NDJSON for streams) instead of tables'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -s q -l quiet -d 'Print nothing but errors'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand serve" -s V -l version -d 'Print version'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand compare" -l a -d 'Side A: `emulator:BACKEND` (started in-process) or a profile name' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand compare" -l b -d 'Side B, as --a' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand compare" -l a-option -d 'A backend setting for side A only (as --option). Repeatable' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand compare" -l b-option -d 'A backend setting for side B only (as --option). Repeatable' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand compare" -l a-fault -d 'A fault for side A\'s emulator (as `serve --fault`: drop:N, duplicate:N, reorder:N, corrupt:N, delay:N:DURATION); A must be an emulator. Repeatable' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand compare" -l b-fault -d 'A fault for side B\'s emulator, as --a-fault' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand compare" -l rounds -d 'Rounds of A then B; a difference is called out only when every round agrees on its sign' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand compare" -l flow -d 'A built-in flow (default offer-answer)' -r -f -a "offer-answer\t''
trickle\t''
glare\t''
ice-restart\t''
call\t''"
complete -c signal-cli -n "__fish_signal_cli_using_subcommand compare" -l candidates -d 'Candidates each way, for the trickle flow' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand compare" -l size -d 'Size in bytes of synthetic SDP' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand compare" -l pairs -d 'Independent pairs (groups of the flow\'s peers)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand compare" -l rooms -d 'Rooms instead of pairs: each member runs the flow with every other member of its room' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand compare" -l peers-per-room -d 'Members of each room (with --rooms)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand compare" -l rate -d 'Open model: new flows per second (each with new peers), for --duration (default 10s) or as the start of the --stage ramps' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand compare" -l stage -d 'Open model: ramp the arrival rate to RATE flows/s over DURATION, e.g. --stage 30s:100 --stage 1m:500. Repeatable' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand compare" -l max-sessions -d 'Open model: most sessions alive at once; arrivals that find no room within --timeout are dropped (and counted)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand compare" -l iterations -d 'Flow iterations per pair (default 10 when no --duration); 0 only connects (and holds, with --hold)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand compare" -l duration -d 'Stop starting new iterations after this long' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand compare" -l connect-rate -d 'New sessions per second while ramping up' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand compare" -l connect-concurrency -d 'Most sessions of this process connecting at once (handshake and registration); the others wait their turn, untimed' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand compare" -l hold -d 'Keep every session connected (idle) this long after its iterations' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand compare" -l token-pool -d 'Identities signed in up front and shared by the peers' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand compare" -l auth-rate -d 'Sign-ins per second for the token pool (Cognito allows 120)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand compare" -l seed -d 'Names the run\'s signals; every shard of one plan takes the same (default: random)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand compare" -l threshold -d 'A pass/fail condition on side a, side b or their difference b − a: \'b.delivery.p99<200ms\', \'diff.delivery.p99<50ms\', \'a.lost==0\'. Repeatable; exit 3 when any fails (as does a side\'s round failing loadtest\'s default thresholds)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand compare" -l save -d 'Write the comparison (both sides\' result files and the differences) to FILE, for `signal-cli compare FILE`' -r -F
complete -c signal-cli -n "__fish_signal_cli_using_subcommand compare" -l pricing -d 'Price the operations with FILE instead of the built-in pricing/aws.toml (AWS, us-east-1)' -r -F
complete -c signal-cli -n "__fish_signal_cli_using_subcommand compare" -l monthly-flows -d 'Project a month of N flows: each side\'s monthly cost, with and without free tiers' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand compare" -l users -d 'Monthly active users: priced where peers sign in, and with --flows-per-user-per-day the monthly flows (users × flows × 30)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand compare" -l flows-per-user-per-day -d 'Flows each user makes a day (with --users)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand compare" -l flow-file -d 'A flow file (JSONL) for both sides, instead of --flow' -r -F
complete -c signal-cli -n "__fish_signal_cli_using_subcommand compare" -l profile -d 'Named target from the config file (see `signal-cli profile`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand compare" -l backend -d 'Backend family of the target' -r -f -a "room\t''
mesh\t''
robot\t''
socketio\t''
appsync-events\t''
appsync-graphql\t''"
complete -c signal-cli -n "__fish_signal_cli_using_subcommand compare" -l http-url -d 'HTTP base URL of the target (room: the HTTP API)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand compare" -l ws-url -d 'WebSocket URL of the target' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand compare" -l id-token -d 'Use this identity token instead of the token cache' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand compare" -l timeout -d 'Bound on every network wait' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand compare" -l keepalive -d 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand compare" -l option -d 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand compare" -l cognito-region -d 'Region of the user pool (default: the pool id\'s prefix)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand compare" -l cognito-user-pool-id -d 'User pool id (`us-east-1_AbCdEf`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand compare" -l cognito-client-id -d 'App client id' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand compare" -l cognito-client-secret -d 'App client secret, when the client has one (sent as SECRET_HASH)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand compare" -l cognito-endpoint -d 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)' -r
complete -c signal-cli -n "__fish_signal_cli_using_subcommand compare" -l allow-loss -d 'Do not fail the run for lost signals (drops the default \'lost==0\')'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand compare" -l insecure -d 'Accept TLS certificates that do not verify (self-signed emulators)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand compare" -l json -d 'Print JSON (one document, or NDJSON for streams) instead of tables'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand compare" -s q -l quiet -d 'Print nothing but errors'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand compare" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand compare" -s V -l version -d 'Print version'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand help; and not __fish_seen_subcommand_from auth room peer appsync replay loadtest report profile completions serve compare help" -f -a "auth" -d 'Sign in and manage the token cache'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand help; and not __fish_seen_subcommand_from auth room peer appsync replay loadtest report profile completions serve compare help" -f -a "room" -d 'Create and delete rooms on a room server'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand help; and not __fish_seen_subcommand_from auth room peer appsync replay loadtest report profile completions serve compare help" -f -a "peer" -d 'Act as one signaling peer'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand help; and not __fish_seen_subcommand_from auth room peer appsync replay loadtest report profile completions serve compare help" -f -a "appsync" -d 'Publish and subscribe on AWS AppSync'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand help; and not __fish_seen_subcommand_from auth room peer appsync replay loadtest report profile completions serve compare help" -f -a "replay" -d 'Run offer/answer/candidate flows between virtual peers and verify them'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand help; and not __fish_seen_subcommand_from auth room peer appsync replay loadtest report profile completions serve compare help" -f -a "loadtest" -d 'Load-test a backend: many peers running a flow, every signal timed'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand help; and not __fish_seen_subcommand_from auth room peer appsync replay loadtest report profile completions serve compare help" -f -a "report" -d 'Print or merge load-test result files (`loadtest --save`)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand help; and not __fish_seen_subcommand_from auth room peer appsync replay loadtest report profile completions serve compare help" -f -a "profile" -d 'Manage named targets in the config file'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand help; and not __fish_seen_subcommand_from auth room peer appsync replay loadtest report profile completions serve compare help" -f -a "completions" -d 'Print a shell completion script'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand help; and not __fish_seen_subcommand_from auth room peer appsync replay loadtest report profile completions serve compare help" -f -a "serve" -d 'Run local emulators of signaling backends'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand help; and not __fish_seen_subcommand_from auth room peer appsync replay loadtest report profile completions serve compare help" -f -a "compare" -d 'Run one workload against two targets in alternating rounds and compare latency, losses and throughput side by side'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand help; and not __fish_seen_subcommand_from auth room peer appsync replay loadtest report profile completions serve compare help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "anonymous" -d 'Get an anonymous identity from the target and cache its token'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "signin" -d 'Sign in to the Cognito user pool (USER_PASSWORD_AUTH) and cache the tokens'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "signup" -d 'Create a user in the Cognito user pool'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "confirm" -d 'Confirm a new user with the code Cognito sent'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "refresh" -d 'Get new ID and access tokens with the cached refresh token now'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "whoami" -d 'Show the claims of the cached identity token'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "logout" -d 'Remove the cached tokens of the profile'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand help; and __fish_seen_subcommand_from room" -f -a "create" -d 'Create a room; prints its id and its token'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand help; and __fish_seen_subcommand_from room" -f -a "delete" -d 'Delete a peer\'s room and users (`--peer`) or a room (`--room`)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand help; and __fish_seen_subcommand_from peer" -f -a "connect" -d 'Connect as a peer, register, then send and receive signals'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand help; and __fish_seen_subcommand_from appsync" -f -a "events" -d 'AppSync Event API channels (target: the API\'s HTTP URL; auth with --option appsync.auth=api-key|cognito|iam|lambda|oidc)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand help; and __fish_seen_subcommand_from appsync" -f -a "graphql" -d 'AppSync GraphQL APIs (target: the API\'s URL; the same auth options)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "merge" -d 'Merge the results of a plan\'s shards exactly: histograms added, counters summed, seconds lined up, thresholds checked again'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "add" -d 'Add or replace a profile from --backend, --http-url and --ws-url'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "list" -d 'List profiles'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "show" -d 'Show one profile (the current one by default)'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "use" -d 'Make a profile the default'
complete -c signal-cli -n "__fish_signal_cli_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "remove" -d 'Remove a profile'
