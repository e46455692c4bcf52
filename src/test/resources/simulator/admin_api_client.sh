#!/bin/sh
# Drives the simulator's admin API with curl only (used when python3 is missing).
# Usage: sh admin_api_client.sh ADMIN_URL
set -eu
ADMIN="$1"
fail() { echo "FAILED: $1"; exit 1; }
index=$(curl -fsS "$ADMIN") || fail "GET /__admin"
echo "$index" | grep -q '"endpoint":"http://' || fail "index: $index"
echo "ok index"
code=$(curl -sS -o /dev/null -w '%{http_code}' -X POST "$ADMIN"pces -d \
  '{"numeroPce":"GI200001","segment":"6M","codePostal":"44000","commune":"Nantes","numeroCadTitulaire":"GAZ0001"}')
[ "$code" = 201 ] || fail "POST pces: $code"
echo "ok pce"
code=$(curl -sS -o /dev/null -w '%{http_code}' -X POST "$ADMIN"forced -d \
  '{"pce":"GI200001","closeConnection":true}')
[ "$code" = 201 ] || fail "POST forced: $code"
curl -fsS "$ADMIN"forced | grep -q '"kind":"CLOSE_CONNECTION"' || fail "GET forced"
echo "ok forced"
curl -fsS -X POST "$ADMIN"clock -d '{"advance":"P2D"}' | grep -q '"today":"2026-12-02"' || fail "POST clock"
echo "ok clock"
code=$(curl -sS -o /dev/null -w '%{http_code}' -X POST "$ADMIN"forced -d '{"answer":{"row":"NOPE"}}')
[ "$code" = 400 ] || fail "bad forced answer: $code"
echo "ok refused"
curl -fsS -X POST "$ADMIN"reset >/dev/null || fail "POST reset"
curl -fsS "$ADMIN"demandes | grep -q '"demandes":\[\]' || fail "GET demandes after reset"
echo "ok reset"
