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

class PreviewService {
  private async download(pageUrl: string, timeoutMs = 5000): Promise<string> {
    const response = await fetch(pageUrl, { signal: AbortSignal.timeout(timeoutMs) });
    return response.text();
  }

  async preview(request: NextRequest): Promise<string> {
    const target = request.nextUrl.searchParams.get("url") ?? "";
    // ruleid: js-ssrf-request-url
    return this.download(target);
  }

  async ownPage(request: NextRequest): Promise<string> {
    // ok: js-ssrf-request-url
    return this.download("https://status.example.com/", Number(request.nextUrl.searchParams.get("t")));
  }
}
