# snippet: cells

# --8<-- [start:data]
import torch

torch.manual_seed(0)
true_w = torch.tensor([2.0, -3.4])
true_b = 4.2
X = torch.randn(200, 2)
y = X @ true_w + true_b + 0.01 * torch.randn(200)
print("X:", tuple(X.shape), "y:", tuple(y.shape))
# --8<-- [end:data]

# --8<-- [start:parameters]
w = torch.zeros(2, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
print("w:", w, "b:", b)
# --8<-- [end:parameters]

# --8<-- [start:train]
lr = 0.1
for step in range(101):
    loss = ((X @ w + b - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= lr * w.grad
        b -= lr * b.grad
    w.grad = None
    b.grad = None
    if step % 20 == 0:
        print(f"step {step:3d}  loss {loss.item():.5f}")
# --8<-- [end:train]

# --8<-- [start:result]
print("learned w:", [round(v, 3) for v in w.tolist()], "true w:", [2.0, -3.4])
print("learned b:", round(b.item(), 3), "true b:", true_b)
# --8<-- [end:result]
