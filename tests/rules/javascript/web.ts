import { NextRequest, NextResponse } from "next/server";

export async function GET(request: NextRequest): Promise<NextResponse> {
  const next = request.nextUrl.searchParams.get("next") ?? "/";
  // ruleid: js-open-redirect
  return NextResponse.redirect(new URL(next, request.url));
}

export async function POST(request: NextRequest): Promise<NextResponse> {
  const { url } = await request.json();
  // ruleid: js-ssrf-request-url
  const upstream = await fetch(url, { redirect: "manual" });
  return NextResponse.json({ status: upstream.status });
}

export async function PUT(request: NextRequest): Promise<NextResponse> {
  // ok: js-open-redirect
  return NextResponse.redirect(new URL("/login", request.url));
}

export async function fetchStatus(target: Request): Promise<number> {
  // ok: js-ssrf-request-url
  const res = await fetch(target.url, { headers: target.headers });
  return res.status;
}
