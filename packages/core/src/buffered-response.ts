const decoder = new TextDecoder();

/**
 * A response whose body was read in full inside the attempt (so the attempt timeout covers it
 * and a cut-off body can be retried). Reading it again serves the bytes already in memory
 * instead of building a second stream: about half the cost of `new Response(bytes)`.
 */
export class BufferedResponse extends Response {
  readonly #bytes: Uint8Array;
  readonly #url: string;
  #used = false;

  constructor(bytes: ArrayBuffer | Uint8Array, source: Pick<Response, 'status' | 'statusText' | 'headers' | 'url'>) {
    super(null, { status: source.status, statusText: source.statusText, headers: source.headers });
    this.#bytes = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
    this.#url = source.url;
  }

  override get url(): string {
    return this.#url;
  }

  override get bodyUsed(): boolean {
    return this.#used;
  }

  override get body(): Response['body'] {
    return this.#used ? null : new Response(this.#bytes.slice()).body;
  }

  #take(): Uint8Array {
    if (this.#used) throw new TypeError('Body is unusable: Body has already been read');
    this.#used = true;
    return this.#bytes;
  }

  override async text(): Promise<string> {
    return decoder.decode(this.#take());
  }

  override async json(): Promise<any> { // eslint-disable-line @typescript-eslint/no-explicit-any -- Response.json's own type
    return JSON.parse(await this.text());
  }

  override async arrayBuffer(): Promise<ArrayBuffer> {
    return this.#take().slice().buffer;
  }

  override async blob(): Promise<Blob> {
    return new Blob([this.#take().slice()], { type: this.headers.get('content-type') ?? '' });
  }

  override async formData(): Promise<FormData> {
    return new Response(this.#take().slice(), { headers: this.headers }).formData();
  }

  override clone(): Response {
    if (this.#used) throw new TypeError('Response.clone: Body has already been consumed.');
    return new BufferedResponse(this.#bytes, this);
  }
}
