# govkg API / loader image for production use against Neo4j (docker-compose.yml).
FROM python:3.11-slim
RUN apt-get update && apt-get install -y --no-install-recommends graphviz fonts-noto-cjk \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY pyproject.toml README.md ./
COPY loaders loaders
COPY graph graph
COPY api api
COPY cypher cypher
RUN pip install --no-cache-dir .
COPY seeds seeds
EXPOSE 8000
CMD ["govkg", "serve", "--host", "0.0.0.0", "--port", "8000"]
