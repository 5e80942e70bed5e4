#!/usr/bin/env python3
"""Shares of a CPU profile's request-thread samples, for the tables in docs/benchmarks/performance.md.

Record with src/test/bench/cpu.jfc (its comment says how), then:
  jfr print --json --events jdk.ExecutionSample --stack-depth 256 cpu.jfr > cpu.json
  src/test/bench/jfr-shares.py cpu.json holding PATTERN...   share of samples whose stack holds each pattern
  src/test/bench/jfr-shares.py cpu.json below FRAME [DEPTH]   what runs right below FRAME (its outermost call)
  src/test/bench/jfr-shares.py cpu.json outside FRAME         samples not under FRAME, by the innermost filter
Frames are written as JFR prints them: package/Class.method (slashes), so "TodayController.today" or
"org/h2" both match. Only Tomcat's request threads (http-nio-*) are counted.
"""
import collections
import json
import sys


def request_stacks(path):
    for event in json.load(open(path))['recording']['events']:
        values = event['values']
        thread = values.get('sampledThread') or {}
        if 'http-nio' in (thread.get('javaName') or ''):
            yield [f['method']['type']['name'] + '.' + f['method']['name'] for f in values['stackTrace']['frames']]


def main(path, mode, *args):
    stacks = list(request_stacks(path))
    total = len(stacks)
    print(f'{total} request-thread samples')
    shares = collections.Counter()
    if mode == 'holding':
        for pattern in args:
            shares[pattern] = sum(1 for stack in stacks if any(pattern in frame for frame in stack))
        for pattern in args:
            print(f'{100 * shares[pattern] / total:5.1f} %  {pattern}')
        return
    if mode == 'below':
        target, depth = args[0], int(args[1]) if len(args) > 1 else 1
        for stack in stacks:
            found = [i for i, frame in enumerate(stack) if target in frame]
            if found:
                i = found[-1]
                shares[' > '.join(stack[max(0, i - depth):i][::-1]) or '(the frame itself)'] += 1
    elif mode == 'outside':
        for stack in stacks:
            if any(args[0] in frame for frame in stack):
                continue
            key = '(no filter)'
            for i, frame in enumerate(stack):
                if ('Filter' in frame and 'doFilter' in frame) or 'Valve.invoke' in frame \
                        or 'DispatcherServlet' in frame or 'Http11Processor' in frame:
                    key = frame + ' > ' + (stack[i - 1] if i > 0 else '')
                    break
            shares[key] += 1
    else:
        sys.exit(__doc__)
    for key, count in shares.most_common(30):
        print(f'{100 * count / total:5.1f} %  {key}')


if __name__ == '__main__':
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(*sys.argv[1:])
